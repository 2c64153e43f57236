package org.liaison.desktop.internal;

import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.e4.core.commands.ECommandService;
import org.eclipse.e4.core.commands.EHandlerService;
import org.liaison.workbench.Open;

/** Carries out what a Today card's line or a search result opens, as a menu would: through its command. */
final class Opener {

    private Opener() {
    }

    static void open(Open open, ECommandService commands, EHandlerService handlers) {
        ParameterizedCommand command = commands.createCommand(open.commandId(), open.parameters());
        if (command == null) {
            throw new IllegalArgumentException("no command " + open.commandId() + " in the application model");
        }
        handlers.executeHandler(command);
    }
}
