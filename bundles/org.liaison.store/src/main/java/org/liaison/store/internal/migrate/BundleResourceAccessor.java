package org.liaison.store.internal.migrate;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import liquibase.resource.AbstractResource;
import liquibase.resource.AbstractResourceAccessor;
import liquibase.resource.Resource;

/**
 * Lets Liquibase read each bundle's changelog under {@code owner/path}, so that changelogs of
 * different bundles never share a path in {@code DATABASECHANGELOG}.
 */
final class BundleResourceAccessor extends AbstractResourceAccessor {

    private final Map<String, MigrationSource> sources;

    BundleResourceAccessor(Map<String, MigrationSource> sources) {
        this.sources = sources;
    }

    @Override
    public List<Resource> search(String path, boolean recursive) {
        return getAll(path);
    }

    @Override
    public List<Resource> getAll(String path) {
        String normalized = path.startsWith("/") ? path.substring(1) : path;
        int slash = normalized.indexOf('/');
        if (slash < 0) {
            return List.of();
        }
        MigrationSource source = sources.get(normalized.substring(0, slash));
        if (source == null) {
            return List.of();
        }
        URL url = source.entries().apply(normalized.substring(slash + 1));
        return url == null ? List.of() : List.of(new EntryResource(normalized, url, this));
    }

    @Override
    public List<String> describeLocations() {
        return new ArrayList<>(sources.keySet());
    }

    @Override
    public void close() {
        // nothing held open
    }

    /** A file inside a bundle. */
    private static final class EntryResource extends AbstractResource {

        private final URL url;
        private final BundleResourceAccessor accessor;

        EntryResource(String path, URL url, BundleResourceAccessor accessor) {
            super(path, toUri(url));
            this.url = url;
            this.accessor = accessor;
        }

        private static java.net.URI toUri(URL url) {
            try {
                return url.toURI();
            } catch (URISyntaxException e) {
                throw new IllegalArgumentException("not a valid resource address: " + url, e);
            }
        }

        @Override
        public boolean exists() {
            return true;
        }

        @Override
        public InputStream openInputStream() throws IOException {
            return url.openStream();
        }

        @Override
        public Resource resolve(String other) {
            return first(accessor.getAll(getPath() + "/" + other), other);
        }

        @Override
        public Resource resolveSibling(String other) {
            String path = getPath();
            String parent = path.contains("/") ? path.substring(0, path.lastIndexOf('/')) : "";
            return first(accessor.getAll(parent + "/" + other), other);
        }

        private static Resource first(List<Resource> found, String name) {
            if (found.isEmpty()) {
                throw new IllegalArgumentException("no such changelog file: " + name);
            }
            return found.get(0);
        }
    }
}
