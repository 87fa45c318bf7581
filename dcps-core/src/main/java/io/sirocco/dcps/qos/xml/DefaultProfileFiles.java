package io.sirocco.dcps.qos.xml;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Where the default profile files are, as RTI users expect them to be found without code: the
 * system property {@value #PROPERTY} (also read under the name {@value #VARIABLE}), else the
 * environment variable {@value #VARIABLE}, each holding one or more locations (paths, {@code file:}
 * URIs or class-path resources) separated by {@code ;}; else {@value #FILE_NAME} in the working
 * directory, when it exists; else none.
 */
final class DefaultProfileFiles {
    static final String PROPERTY = "sirocco.qosProfiles";
    static final String VARIABLE = "SIROCCO_QOS_PROFILES";
    static final String FILE_NAME = "sirocco_qos_profiles.xml";

    private final UnaryOperator<String> properties;
    private final UnaryOperator<String> variables;
    private final Path directory;

    DefaultProfileFiles(UnaryOperator<String> properties, UnaryOperator<String> variables, Path directory) {
        this.properties = properties;
        this.variables = variables;
        this.directory = directory;
    }

    /** The locations of this process: its system properties, environment and working directory. */
    static DefaultProfileFiles system() {
        return new DefaultProfileFiles(System::getProperty, System::getenv, Path.of(""));
    }

    /** The default profile files, in load order; empty when there are none. */
    List<String> locations() {
        String configured = configured();
        if (configured != null) {
            List<String> locations = new ArrayList<>();
            for (String part : configured.split(";")) {
                if (!part.isBlank()) {
                    locations.add(part.strip());
                }
            }
            return locations;
        }
        Path file = directory.resolve(FILE_NAME);
        return Files.isRegularFile(file) ? List.of(file.toString()) : List.of();
    }

    /** Where the locations came from, for messages. */
    String origin() {
        if (nonBlank(properties.apply(PROPERTY)) != null) {
            return "system property " + PROPERTY;
        }
        if (nonBlank(properties.apply(VARIABLE)) != null) {
            return "system property " + VARIABLE;
        }
        if (nonBlank(variables.apply(VARIABLE)) != null) {
            return "environment variable " + VARIABLE;
        }
        return FILE_NAME + " in the working directory";
    }

    private String configured() {
        String value = nonBlank(properties.apply(PROPERTY));
        if (value == null) {
            value = nonBlank(properties.apply(VARIABLE));
        }
        if (value == null) {
            value = nonBlank(variables.apply(VARIABLE));
        }
        return value;
    }

    private static String nonBlank(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
