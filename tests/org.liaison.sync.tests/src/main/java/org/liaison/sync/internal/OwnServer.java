package org.liaison.sync.internal;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/** A test class with this extension gets a server with an empty database of its own before its first test. */
final class OwnServer implements BeforeAllCallback {

    @Override
    public void beforeAll(ExtensionContext context) {
        SyncServerFixture.serverFor(context.getRequiredTestClass());
    }
}
