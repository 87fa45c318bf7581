package io.sirocco.dcps.qos.xml;

import java.util.List;

/**
 * One entity QoS element ({@code <datawriter_qos>}, ...) of a profile or, named, of a library: its
 * kind, optional name, base and topic filter, and its policy settings in document order. Compared by
 * identity: two identical elements at different places are different elements.
 */
final class QosElement {
    private final EntityKind kind;
    private final String name;
    private final BaseRef base;
    private final TopicFilter filter;
    private final List<PolicySetting> settings;
    private final SourceLocation location;
    private final String library;
    private final QosProfile profile;

    QosElement(EntityKind kind, String name, BaseRef base, TopicFilter filter, List<PolicySetting> settings,
            SourceLocation location, String library, QosProfile profile) {
        this.kind = kind;
        this.name = name;
        this.base = base;
        this.filter = filter;
        this.settings = List.copyOf(settings);
        this.location = location;
        this.library = library;
        this.profile = profile;
    }

    EntityKind kind() {
        return kind;
    }

    /** The {@code name} attribute, or null for the profile's unnamed QoS of this kind. */
    String name() {
        return name;
    }

    /** The {@code base_name} attribute, or null. */
    BaseRef base() {
        return base;
    }

    TopicFilter filter() {
        return filter;
    }

    List<PolicySetting> settings() {
        return settings;
    }

    SourceLocation location() {
        return location;
    }

    /** The name of the library the element is in; empty for a library-less profile. */
    String library() {
        return library;
    }

    /** The profile the element is in, or null for a named QoS directly in a library. */
    QosProfile profile() {
        return profile;
    }

    /** How the element is named in messages ({@code Lib::Profile/datawriter_qos[@name='x']}). */
    String describe() {
        String owner = profile != null ? profile.id() : library;
        return owner + "/" + kind.element() + (name != null ? "[@name='" + name + "']" : "")
                + (filter != TopicFilter.ANY ? "[@topic_filter='" + filter + "']" : "");
    }
}
