package org.liaison.test.desktop;

import java.util.Map;

import org.eclipse.equinox.app.IApplicationContext;
import org.osgi.framework.Bundle;

/** What the launcher gives the desktop application: its arguments, as the product's branding would. */
final class TestApplicationContext implements IApplicationContext {

    private final String[] arguments;

    TestApplicationContext(String... arguments) {
        this.arguments = arguments.clone();
    }

    @Override
    public Map<String, Object> getArguments() {
        return Map.of(IApplicationContext.APPLICATION_ARGS, arguments);
    }

    @Override
    public void applicationRunning() {
        // no splash screen to take down
    }

    @Override
    public String getBrandingApplication() {
        return null;
    }

    @Override
    public String getBrandingName() {
        return "Liaison";
    }

    @Override
    public String getBrandingDescription() {
        return null;
    }

    @Override
    public String getBrandingId() {
        return null;
    }

    @Override
    public String getBrandingProperty(String key) {
        return null;
    }

    @Override
    public Bundle getBrandingBundle() {
        return null;
    }

    @Override
    public void setResult(Object result, org.eclipse.equinox.app.IApplication application) {
        // the test does not wait for a result
    }
}
