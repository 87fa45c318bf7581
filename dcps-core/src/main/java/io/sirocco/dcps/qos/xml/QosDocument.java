package io.sirocco.dcps.qos.xml;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One parsed profile document: where it came from and its libraries. Documents hold no environment,
 * so one parse serves every provider and entity that uses it.
 */
final class QosDocument {
    private final String source;
    private final Map<String, QosLibrary> libraries = new LinkedHashMap<>();

    QosDocument(String source) {
        this.source = source;
    }

    /** The file, URI or resource the document was read from. */
    String source() {
        return source;
    }

    /** The library called {@code name}, created when absent. */
    QosLibrary library(String name) {
        return libraries.computeIfAbsent(name, QosLibrary::new);
    }

    /** The library called {@code name}, or null. */
    QosLibrary findLibrary(String name) {
        return libraries.get(name);
    }

    Collection<QosLibrary> libraries() {
        return Collections.unmodifiableCollection(libraries.values());
    }

    /** The profile {@code name} of library {@code library} ({@code ""} for library-less), or null. */
    QosProfile profile(String library, String name) {
        QosLibrary found = libraries.get(library);
        return found == null ? null : found.profile(name);
    }

    /** Every profile, in document order. */
    List<QosProfile> profiles() {
        List<QosProfile> all = new ArrayList<>();
        for (QosLibrary library : libraries.values()) {
            all.addAll(library.profiles());
        }
        return all;
    }
}
