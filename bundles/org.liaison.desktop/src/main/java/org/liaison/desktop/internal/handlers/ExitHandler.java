package org.liaison.desktop.internal.handlers;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.workbench.IWorkbench;

/** Closes Liaison; the database is closed cleanly on the way out. */
public class ExitHandler {

    @Execute
    public void exit(IWorkbench workbench) {
        workbench.close();
    }
}
