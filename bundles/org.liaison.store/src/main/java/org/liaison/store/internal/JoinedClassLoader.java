package org.liaison.store.internal;

import java.io.IOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;

/**
 * A context class loader that sees through several bundles' class loaders. While the database is
 * opened and migrated, the engine must load the capture trigger (this bundle) and Liquibase must
 * find its own service files (its bundle); OSGi shares neither through one loader.
 */
final class JoinedClassLoader extends ClassLoader {

    private final List<ClassLoader> loaders;

    JoinedClassLoader(ClassLoader... loaders) {
        super(null);
        this.loaders = List.of(loaders);
    }

    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
        for (ClassLoader loader : loaders) {
            try {
                return loader.loadClass(name);
            } catch (ClassNotFoundException e) {
                // try the next one
            }
        }
        throw new ClassNotFoundException(name);
    }

    @Override
    protected URL findResource(String name) {
        for (ClassLoader loader : loaders) {
            URL url = loader.getResource(name);
            if (url != null) {
                return url;
            }
        }
        return null;
    }

    @Override
    protected Enumeration<URL> findResources(String name) throws IOException {
        List<URL> all = new ArrayList<>();
        for (ClassLoader loader : loaders) {
            all.addAll(Collections.list(loader.getResources(name)));
        }
        return Collections.enumeration(all);
    }
}
