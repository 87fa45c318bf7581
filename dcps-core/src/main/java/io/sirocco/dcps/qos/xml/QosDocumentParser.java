package io.sirocco.dcps.qos.xml;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads a profile document into a {@link QosDocument}. Accepted layouts:
 * <ul>
 * <li>OMG DDS-XML: {@code <dds>} holding {@code <qos_library name>} elements, or a bare
 *     {@code <qos_library>} as the root; a library holds {@code <qos_profile name base_name
 *     is_default_qos>} elements and named entity QoS elements;</li>
 * <li>library-less {@code <qos_profile>} elements directly in {@code <dds>} (OpenDDS), or a bare
 *     {@code <qos_profile>} root;</li>
 * <li>RTI's composition: a {@code <base_name>} child of a profile with one {@code <element>} per base;</li>
 * <li>Fast DDS {@code <profiles>} (as the root or in {@code <dds>}), through {@link FastDdsProfiles}.</li>
 * </ul>
 * Elements may be in the OMG namespaces or in none. Other DDS-XML building blocks a system file may
 * hold ({@code <types>}, {@code <domain_library>}, ...) are skipped; anything else is an error.
 */
final class QosDocumentParser {
    /** The namespaces profile elements may be in (besides none). */
    static final List<String> NAMESPACES = List.of("http://www.omg.org/spec/DDS-XML", "http://www.omg.org/dds",
            "http://www.omg.org/dds/", FastDdsProfiles.SCHEMA_NAMESPACE, FastDdsProfiles.NAMESPACE);
    /**
     * Building blocks that are not QoS: valid in a {@code <dds>} file (of DDS-XML, RTI or Fast DDS), not
     * read here.
     */
    private static final Set<String> OTHER_BLOCKS = Set.of("types", "domain_library", "domain_participant_library",
            "participant_library", "application_library", "data", "node_library", "deployment_library",
            "configuration", "library_settings", "log");

    private QosDocumentParser() {
    }

    /** Parses the document in {@code in}, named {@code source} in messages. */
    static QosDocument parse(String source, InputStream in) {
        QosDocument document = new QosDocument(source);
        try (XmlCursor root = XmlCursor.open(source, in, NAMESPACES)) {
            switch (root.name()) {
                case "dds" -> dds(root, document);
                case "qos_library" -> library(root, document);
                case "qos_profile" -> profile(root, document.library(""));
                case "profiles" -> FastDdsProfiles.read(root, document);
                default -> throw root.error("unknown root element <" + root.name() + ">; expected <dds>, "
                        + "<qos_library>, <qos_profile> or Fast DDS <profiles>");
            }
        }
        return document;
    }

    private static void dds(XmlCursor dds, QosDocument document) {
        dds.allowAttributes("version");
        dds.forEachChild(child -> {
            switch (child.name()) {
                case "qos_library" -> library(child, document);
                case "qos_profile" -> profile(child, document.library(""));
                case "profiles" -> FastDdsProfiles.read(child, document);
                default -> {
                    if (!OTHER_BLOCKS.contains(child.name())) {
                        throw child.unknownElement(List.of("qos_library", "qos_profile"));
                    }
                }
            }
        });
    }

    private static void library(XmlCursor cursor, QosDocument document) {
        cursor.allowAttributes("name");
        QosLibrary library = document.library(requiredName(cursor, "qos_library"));
        cursor.forEachChild(child -> {
            EntityKind kind = EntityKind.forElement(child.name());
            if (child.name().equals("qos_profile")) {
                profile(child, library);
            } else if (kind != null) {
                QosElement element = element(child, kind, library.name(), null);
                if (element.name() == null) {
                    throw child.error("a " + child.name() + " directly in a qos_library needs a name attribute, "
                            + "by which profiles and providers refer to it");
                }
                QosElement earlier = library.element(element.name(), kind);
                if (earlier != null) {
                    throw child.error("a " + kind.element() + " named \"" + element.name() + "\" is already "
                            + "defined at " + earlier.location());
                }
                library.add(element);
            } else {
                List<String> expected = new ArrayList<>(List.of("qos_profile"));
                expected.addAll(EntityKind.elementNames());
                throw child.unknownElement(expected);
            }
        });
    }

    private static void profile(XmlCursor cursor, QosLibrary library) {
        cursor.allowAttributes("name", "base_name", "is_default_qos", "is_default_participant_factory_profile");
        String name = requiredName(cursor, "qos_profile");
        QosProfile earlier = library.profile(name);
        if (earlier != null) {
            throw cursor.error("profile \"" + earlier.id() + "\" is already defined at " + earlier.location());
        }
        QosProfile profile = new QosProfile(library.name(), name, flag(cursor, "is_default_qos"),
                flag(cursor, "is_default_participant_factory_profile"), cursor.location());
        String base = cursor.attribute("base_name");
        if (base != null && !base.isEmpty()) {
            profile.addBase(new BaseRef(base, cursor.location()));
        }
        library.add(profile);
        cursor.forEachChild(child -> {
            EntityKind kind = EntityKind.forElement(child.name());
            if (child.name().equals("base_name")) {
                child.allowAttributes();
                SourceLocation at = child.location();
                for (String id : XmlValues.strings(child)) {
                    profile.addBase(new BaseRef(id, at));
                }
            } else if (kind != null) {
                QosElement element = element(child, kind, library.name(), profile);
                checkUnique(child, profile, element);
                profile.add(element);
            } else {
                List<String> expected = new ArrayList<>(EntityKind.elementNames());
                expected.add("base_name");
                throw child.unknownElement(expected);
            }
        });
    }

    /** Within a profile, names are unique per kind, and so are the topic filters of unnamed elements. */
    private static void checkUnique(XmlCursor cursor, QosProfile profile, QosElement element) {
        for (QosElement other : profile.elements()) {
            if (other.kind() != element.kind()) {
                continue;
            }
            if (element.name() != null && element.name().equals(other.name())) {
                throw cursor.error("a " + element.kind().element() + " named \"" + element.name()
                        + "\" is already defined at " + other.location());
            }
            if (element.name() == null && other.name() == null
                    && element.filter().expression().equals(other.filter().expression())) {
                throw cursor.error("this profile already has an unnamed " + element.kind().element()
                        + " for topic_filter \"" + element.filter() + "\" at " + other.location()
                        + "; give one a name or a different topic_filter");
            }
        }
    }

    /** An entity QoS element of {@code kind} with its policies. */
    static QosElement element(XmlCursor cursor, EntityKind kind, String library, QosProfile profile) {
        cursor.allowAttributes("name", "base_name", "topic_filter");
        SourceLocation location = cursor.location();
        String name = cursor.attribute("name");
        if (name != null && name.isEmpty()) {
            throw cursor.error("the name attribute is empty; leave it out for the profile's unnamed QoS");
        }
        if (name != null && name.contains("::")) {
            throw cursor.error("the name \"" + name + "\" contains \"::\", which separates library, profile and "
                    + "QoS names in references");
        }
        String base = cursor.attribute("base_name");
        BaseRef baseRef = base == null || base.isEmpty() ? null : new BaseRef(base, location);
        TopicFilter filter = TopicFilter.parse(cursor.attribute("topic_filter"));
        String elementName = cursor.name();
        List<PolicySetting> settings = new ArrayList<>();
        Set<PolicyElement> seen = EnumSet.noneOf(PolicyElement.class);
        cursor.forEachChild(child -> {
            PolicyElement policy = PolicyElement.forElement(kind, child.name());
            if (policy == null) {
                throw notAPolicyOf(child, kind);
            }
            if (!seen.add(policy)) {
                throw child.error("<" + child.name() + "> is given twice in this " + elementName);
            }
            settings.add(PolicyReaders.read(policy, child));
        });
        return new QosElement(kind, name, baseRef, filter, settings, location, library, profile);
    }

    private static QosXmlException notAPolicyOf(XmlCursor child, EntityKind kind) {
        for (EntityKind other : EntityKind.values()) {
            if (PolicyElement.forElement(other, child.name()) != null) {
                return child.error("<" + child.name() + "> does not apply to a " + kind.element()
                        + "; expected one of: <" + String.join(">, <", PolicyElement.elementNames(kind)) + ">");
            }
        }
        return child.unknownElement(PolicyElement.elementNames(kind));
    }

    private static String requiredName(XmlCursor cursor, String what) {
        String name = cursor.attribute("name");
        if (name == null || name.isEmpty()) {
            throw cursor.error("a " + what + " needs a non-empty name attribute");
        }
        if (name.contains("::")) {
            throw cursor.error("the name \"" + name + "\" contains \"::\", which separates library, profile and "
                    + "QoS names in references");
        }
        return name;
    }

    private static boolean flag(XmlCursor cursor, String attribute) {
        String value = cursor.attribute(attribute);
        if (value == null) {
            return false;
        }
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "true", "1" -> true;
            case "false", "0" -> false;
            default -> throw cursor.error("bad value " + attribute + "=\"" + value + "\"; expected true or false");
        };
    }
}
