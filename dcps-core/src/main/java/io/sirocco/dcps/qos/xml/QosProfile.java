package io.sirocco.dcps.qos.xml;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A {@code <qos_profile>}: its library ({@code ""} for a library-less profile, as OpenDDS writes
 * them), name, bases in the order they apply, default marks and entity QoS elements in document
 * order. The parser adds bases and elements while it reads the profile; after that the profile does not
 * change. Compared by identity.
 */
final class QosProfile {
    private final String library;
    private final String name;
    private final List<BaseRef> bases = new ArrayList<>();
    private final boolean isDefault;
    private final boolean isFactoryDefault;
    private final SourceLocation location;
    private final List<QosElement> elements = new ArrayList<>();

    QosProfile(String library, String name, boolean isDefault, boolean isFactoryDefault, SourceLocation location) {
        this.library = library;
        this.name = name;
        this.isDefault = isDefault;
        this.isFactoryDefault = isFactoryDefault;
        this.location = location;
    }

    /** {@code Lib::Profile}, or just the name of a library-less profile. */
    String id() {
        return library.isEmpty() ? name : library + "::" + name;
    }

    String library() {
        return library;
    }

    String name() {
        return name;
    }

    /** The bases this profile inherits from, applied in this order before its own elements. */
    List<BaseRef> bases() {
        return Collections.unmodifiableList(bases);
    }

    /** Whether the profile is marked {@code is_default_qos="true"}. */
    boolean isDefault() {
        return isDefault;
    }

    /** Whether the profile is marked {@code is_default_participant_factory_profile="true"} (RTI). */
    boolean isFactoryDefault() {
        return isFactoryDefault;
    }

    SourceLocation location() {
        return location;
    }

    List<QosElement> elements() {
        return Collections.unmodifiableList(elements);
    }

    void add(QosElement element) {
        elements.add(element);
    }

    void addBase(BaseRef base) {
        bases.add(base);
    }

    @Override
    public String toString() {
        return id();
    }
}
