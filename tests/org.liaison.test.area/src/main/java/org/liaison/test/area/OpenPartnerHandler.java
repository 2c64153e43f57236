package org.liaison.test.area;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.extensions.Service;

import jakarta.inject.Named;

/** The area's command: records the partner it was asked to open. */
public class OpenPartnerHandler {

    @Execute
    public void execute(@Named(Partners.NAME) String name, @Service Partners partners) {
        partners.opened(name);
    }
}
