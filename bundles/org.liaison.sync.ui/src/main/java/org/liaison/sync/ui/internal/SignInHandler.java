package org.liaison.sync.ui.internal;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.liaison.sync.SyncService;

/** File > Sign in again: asks for the password of the account this desktop syncs with. */
public class SignInHandler {

    @CanExecute
    public boolean canExecute(@Service SyncService sync) {
        return sync.status().server().isPresent();
    }

    @Execute
    public void execute(MApplication application, EModelService models, EPartService parts) {
        SyncViews.show(application, models, parts).signIn();
    }
}
