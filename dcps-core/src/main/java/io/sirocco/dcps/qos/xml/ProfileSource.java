package io.sirocco.dcps.qos.xml;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/**
 * Opens and parses the document a URI names: a file path, a {@code file:} URI, or a class-path
 * resource ({@code qos/profiles.xml}, optionally written {@code classpath:qos/profiles.xml}). A path
 * that exists as a file wins over a resource of the same name. Messages name the document as the user
 * wrote it.
 */
final class ProfileSource {
    private static final String CLASSPATH = "classpath:";

    private ProfileSource() {
    }

    /** The parsed document at {@code uri}. */
    static QosDocument load(String uri) {
        if (uri == null) {
            throw new IllegalArgumentException("uri must not be null");
        }
        String location = uri.strip();
        if (location.isEmpty()) {
            throw new IllegalArgumentException("uri must not be empty: give a file path, a file: URI or a class-path "
                    + "resource");
        }
        if (location.startsWith(CLASSPATH)) {
            return resource(location.substring(CLASSPATH.length()), location);
        }
        if (location.startsWith("file:")) {
            Path path;
            try {
                path = Path.of(URI.create(location));
            } catch (IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
                throw new IllegalArgumentException("uri \"" + location + "\" is not a valid file: URI: "
                        + e.getMessage(), e);
            }
            return file(path, location);
        }
        Path path = pathOrNull(location);
        if (path != null && Files.isRegularFile(path)) {
            return file(path, location);
        }
        return resource(location, location);
    }

    private static Path pathOrNull(String location) {
        try {
            return Path.of(location);
        } catch (InvalidPathException e) {
            return null;
        }
    }

    private static QosDocument file(Path path, String name) {
        if (!Files.isRegularFile(path)) {
            throw new IllegalArgumentException("uri \"" + name + "\": no such file (" + path.toAbsolutePath() + ")");
        }
        try (InputStream in = Files.newInputStream(path)) {
            return QosDocumentParser.parse(name, in);
        } catch (IOException e) {
            throw SourceLocation.of(name).error("cannot be read: " + e);
        }
    }

    private static QosDocument resource(String resource, String name) {
        String path = resource.startsWith("/") ? resource.substring(1) : resource;
        InputStream in = null;
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        if (context != null) {
            in = context.getResourceAsStream(path);
        }
        if (in == null) {
            in = ProfileSource.class.getClassLoader().getResourceAsStream(path);
        }
        if (in == null) {
            throw new IllegalArgumentException("uri \"" + name + "\" is neither a file (looked for "
                    + Path.of(path).toAbsolutePath() + ") nor a class-path resource");
        }
        try (InputStream stream = in) {
            return QosDocumentParser.parse(name, stream);
        } catch (IOException e) {
            throw SourceLocation.of(name).error("cannot be read: " + e);
        }
    }
}
