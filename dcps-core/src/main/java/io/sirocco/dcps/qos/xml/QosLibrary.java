package io.sirocco.dcps.qos.xml;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A {@code <qos_library>}: its profiles by name and the named entity QoS elements written directly
 * in it. Library-less profiles are kept in a library with the empty name. Several
 * {@code <qos_library>} elements with one name in one document add to the same library.
 */
final class QosLibrary {
    private final String name;
    private final Map<String, QosProfile> profiles = new LinkedHashMap<>();
    private final List<QosElement> elements = new ArrayList<>();

    QosLibrary(String name) {
        this.name = name;
    }

    String name() {
        return name;
    }

    QosProfile profile(String profileName) {
        return profiles.get(profileName);
    }

    Collection<QosProfile> profiles() {
        return Collections.unmodifiableCollection(profiles.values());
    }

    /** The named element {@code elementName} of {@code kind} written directly in this library, or null. */
    QosElement element(String elementName, EntityKind kind) {
        for (QosElement element : elements) {
            if (element.kind() == kind && elementName.equals(element.name())) {
                return element;
            }
        }
        return null;
    }

    List<QosElement> elements() {
        return Collections.unmodifiableList(elements);
    }

    void add(QosProfile profile) {
        profiles.put(profile.name(), profile);
    }

    void add(QosElement element) {
        elements.add(element);
    }
}
