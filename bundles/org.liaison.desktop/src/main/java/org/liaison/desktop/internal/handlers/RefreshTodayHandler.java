package org.liaison.desktop.internal.handlers;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.liaison.desktop.internal.TodayPart;

/** F5 on the Today page: reads every card again. */
public class RefreshTodayHandler {

    @Execute
    public void execute(MPart part) {
        if (part.getObject() instanceof TodayPart today) {
            today.refresh();
        }
    }
}
