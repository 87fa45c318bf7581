package io.sirocco.dcps.qos.xml;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.omg.dds.core.EntityQos;
import org.omg.dds.core.ServiceEnvironment;

/**
 * Finds what a name refers to among a set of documents and computes the QoS it stands for.
 *
 * <p><b>Names.</b> {@code Lib::Profile} is a profile; {@code Lib::Profile::Name} the entity QoS called
 * {@code Name} in that profile (or, failing that, in its bases); {@code Lib::Name} may also be a named
 * QoS written directly in library {@code Lib}. A name without {@code ::} is looked up, in this order, as
 * a QoS of that name in the profile at hand, a profile of the library at hand, a library-less profile,
 * and a profile of that name in any library when there is only one. Documents are searched in the
 * order given, so an earlier document wins when two define the same name.
 *
 * <p><b>Inheritance.</b> The QoS of a profile for one entity kind starts from Sirocco's default and
 * applies, in order: the QoS of each base profile (the {@code base_name} attribute first, then RTI's
 * {@code <base_name><element>} list), then the profile's own element of that kind — for a topic, the
 * first element whose {@code topic_filter} matches it, else the element without filter (or with
 * {@code *}). An element first applies what its own {@code base_name} names, then its policies. Each
 * policy element changes only the fields it lists. Cycles are errors.
 */
final class ProfileResolver {
    /** What a name resolves to for one kind of QoS. */
    sealed interface Target permits ProfileTarget, ElementTarget {
    }

    /** A whole profile: its QoS of the kind asked for. */
    record ProfileTarget(QosProfile profile) implements Target {
    }

    /** One entity QoS element. */
    record ElementTarget(QosElement element) implements Target {
    }

    /** A node of the inheritance graph: a profile's QoS of one kind, or an element. */
    private record ProfileNode(QosProfile profile, EntityKind kind) {
    }

    private record Edge(Object node, SourceLocation location) {
    }

    private final List<QosDocument> scope;

    ProfileResolver(List<QosDocument> scope) {
        this.scope = List.copyOf(scope);
    }

    /** The documents searched, in order. */
    List<QosDocument> scope() {
        return scope;
    }

    /** The ids of every profile in scope, without repeats, for messages. */
    List<String> profileIds() {
        Set<String> ids = new LinkedHashSet<>();
        for (QosDocument document : scope) {
            for (QosProfile profile : document.profiles()) {
                ids.add(profile.id());
            }
        }
        return List.copyOf(ids);
    }

    // ------------------------------------------------------------------ names

    /**
     * The profile {@code id} names, seen from {@code library} (null: none), or null.
     *
     * @param fail builds the error for an ambiguous name
     */
    QosProfile profile(String id, String library, Function<String, RuntimeException> fail) {
        String[] parts = split(id);
        if (parts.length == 2) {
            return find(parts[0], parts[1]);
        }
        if (parts.length != 1) {
            return null;
        }
        QosProfile found = library != null ? find(library, parts[0]) : null;
        if (found == null) {
            found = find("", parts[0]);
        }
        if (found == null) {
            Set<String> candidates = new LinkedHashSet<>();
            for (QosDocument document : scope) {
                for (QosProfile profile : document.profiles()) {
                    if (profile.name().equals(parts[0])) {
                        found = found == null ? profile : found;
                        candidates.add(profile.id());
                    }
                }
            }
            if (candidates.size() > 1) {
                throw fail.apply("\"" + id + "\" is ambiguous: it may be any of " + String.join(", ", candidates)
                        + "; write Library::Profile");
            }
        }
        return found;
    }

    /**
     * What {@code id} names for a QoS of {@code kind}, seen from {@code library} and {@code profile}
     * (either may be null), or null.
     */
    Target target(String id, EntityKind kind, String library, QosProfile profile,
            Function<String, RuntimeException> fail) {
        String[] parts = split(id);
        if (parts.length == 3) {
            QosProfile owner = find(parts[0], parts[1]);
            QosElement element = owner == null ? null : named(owner, parts[2], kind, new LinkedHashSet<>());
            return element == null ? null : new ElementTarget(element);
        }
        if (parts.length == 2) {
            QosProfile found = find(parts[0], parts[1]);
            if (found != null) {
                return new ProfileTarget(found);
            }
            QosElement element = libraryElement(parts[0], parts[1], kind);
            if (element == null) {
                QosProfile libraryLess = find("", parts[0]);
                element = libraryLess == null ? null : named(libraryLess, parts[1], kind, new LinkedHashSet<>());
            }
            return element == null ? null : new ElementTarget(element);
        }
        if (parts.length != 1) {
            return null;
        }
        if (profile != null) {
            QosElement element = named(profile, parts[0], kind, new LinkedHashSet<>());
            if (element != null) {
                return new ElementTarget(element);
            }
        }
        QosProfile found = profile(id, library, fail);
        if (found != null) {
            return new ProfileTarget(found);
        }
        QosElement element = library == null ? null : libraryElement(library, parts[0], kind);
        return element == null ? null : new ElementTarget(element);
    }

    private QosProfile find(String library, String name) {
        for (QosDocument document : scope) {
            QosProfile found = document.profile(library, name);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    private QosElement libraryElement(String library, String name, EntityKind kind) {
        for (QosDocument document : scope) {
            QosLibrary found = document.findLibrary(library);
            QosElement element = found == null ? null : found.element(name, kind);
            if (element != null) {
                return element;
            }
        }
        return null;
    }

    /** The element {@code name} of {@code kind} in {@code profile} or, later bases first, in its bases. */
    private QosElement named(QosProfile profile, String name, EntityKind kind, Set<QosProfile> visited) {
        if (!visited.add(profile)) {
            return null;
        }
        for (QosElement element : profile.elements()) {
            if (element.kind() == kind && name.equals(element.name())) {
                return element;
            }
        }
        List<BaseRef> bases = profile.bases();
        for (int i = bases.size() - 1; i >= 0; i--) {
            QosElement found = named(base(profile, bases.get(i)), name, kind, visited);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    /** The profile a profile's {@code base_name} names; an unknown one is an error at the reference. */
    QosProfile base(QosProfile profile, BaseRef base) {
        QosProfile found = profile(base.id(), profile.library(), base.location()::error);
        if (found == null) {
            throw base.location().error("unknown base profile \"" + base.id() + "\"; expected the name of a "
                    + "qos_profile (Library::Profile)" + hint(base.id()));
        }
        return found;
    }

    /** What an element's {@code base_name} names; an unknown one is an error at the reference. */
    Target base(QosElement element) {
        BaseRef base = element.base();
        Target found = target(base.id(), element.kind(), element.library(), element.profile(),
                base.location()::error);
        if (found == null) {
            throw base.location().error("unknown base \"" + base.id() + "\"; expected the name of a qos_profile "
                    + "(Library::Profile) or of a " + element.kind().element() + hint(base.id()));
        }
        return found;
    }

    String hint(String id) {
        if (id.startsWith("BuiltinQosLib")) {
            return "; RTI's built-in profiles are not part of Sirocco";
        }
        if (id.startsWith("null::") || id.endsWith("::null")) {
            return "; was a null library or profile name passed?";
        }
        List<String> known = profileIds();
        return known.isEmpty() ? "" : "; known profiles: " + String.join(", ", known);
    }

    /** The parts of a name; a leading {@code ::} (an empty library) names a library-less profile. */
    private static String[] split(String id) {
        String text = id.strip();
        if (text.startsWith("::")) {
            text = text.substring(2);
        }
        String[] parts = text.split("::", -1);
        for (int i = 0; i < parts.length; i++) {
            parts[i] = parts[i].strip();
            if (parts[i].isEmpty()) {
                return new String[0];
            }
        }
        return parts;
    }

    // ------------------------------------------------------------------ QoS

    /** The QoS of {@code kind} that {@code target} stands for (Sirocco's default for null). */
    EntityQos<?> qos(ServiceEnvironment environment, EntityKind kind, Target target, String topicName) {
        EntityQos<?> qos = kind.defaults(environment);
        if (target != null) {
            List<PolicySetting> settings = new ArrayList<>();
            collect(target, kind, topicName, new ArrayList<>(), settings, null);
            for (PolicySetting setting : settings) {
                qos = setting.applyTo(qos);
            }
        }
        return qos;
    }

    private void collect(Target target, EntityKind kind, String topicName, List<Object> path,
            List<PolicySetting> settings, SourceLocation via) {
        Object node = switch (target) {
            case ProfileTarget(QosProfile profile) -> new ProfileNode(profile, kind);
            case ElementTarget(QosElement element) -> element;
        };
        if (path.contains(node)) {
            throw cycle(path, node, via);
        }
        path.add(node);
        switch (target) {
            case ProfileTarget(QosProfile profile) -> {
                for (BaseRef base : profile.bases()) {
                    collect(new ProfileTarget(base(profile, base)), kind, topicName, path, settings, base.location());
                }
                QosElement own = pick(profile, kind, topicName);
                if (own != null) {
                    collect(new ElementTarget(own), kind, topicName, path, settings, own.location());
                }
            }
            case ElementTarget(QosElement element) -> {
                if (element.base() != null) {
                    collect(base(element), kind, topicName, path, settings, element.base().location());
                }
                settings.addAll(element.settings());
            }
        }
        path.removeLast();
    }

    /**
     * The profile's own unnamed element of {@code kind}: without a topic, the general one (no filter or
     * {@code *}); for a topic, the first filtered element that matches it, else the general one.
     */
    private static QosElement pick(QosProfile profile, EntityKind kind, String topicName) {
        QosElement general = null;
        for (QosElement element : profile.elements()) {
            if (element.kind() != kind || element.name() != null) {
                continue;
            }
            if (element.filter().matchesEveryTopic()) {
                general = general == null ? element : general;
            } else if (topicName != null && element.filter().matches(topicName)) {
                return element;
            }
        }
        return general;
    }

    // ------------------------------------------------------------------ checks

    /**
     * Checks every reference of {@code document} and that no chain of references comes back to where it
     * started, for any entity kind and any topic.
     */
    void validate(QosDocument document) {
        Map<Object, Boolean> done = new HashMap<>();
        for (QosLibrary library : document.libraries()) {
            for (QosProfile profile : library.profiles()) {
                for (EntityKind kind : EntityKind.values()) {
                    visit(new ProfileNode(profile, kind), null, new ArrayList<>(), done);
                }
                for (QosElement element : profile.elements()) {
                    visit(element, null, new ArrayList<>(), done);
                }
            }
            for (QosElement element : library.elements()) {
                visit(element, null, new ArrayList<>(), done);
            }
        }
    }

    /** Depth-first search; {@code done} maps finished nodes to true and nodes on the path to false. */
    private void visit(Object node, SourceLocation via, List<Object> path, Map<Object, Boolean> done) {
        Boolean state = done.get(node);
        if (Boolean.TRUE.equals(state)) {
            return;
        }
        if (Boolean.FALSE.equals(state)) {
            throw cycle(path, node, via);
        }
        done.put(node, false);
        path.add(node);
        for (Edge edge : edges(node)) {
            visit(edge.node(), edge.location(), path, done);
        }
        path.removeLast();
        done.put(node, true);
    }

    /** Everything the QoS of {@code node} may be built from, for some topic. */
    private List<Edge> edges(Object node) {
        List<Edge> edges = new ArrayList<>();
        if (node instanceof ProfileNode(QosProfile profile, EntityKind kind)) {
            for (BaseRef base : profile.bases()) {
                edges.add(new Edge(new ProfileNode(base(profile, base), kind), base.location()));
            }
            for (QosElement element : profile.elements()) {
                if (element.kind() == kind && element.name() == null) {
                    edges.add(new Edge(element, element.location()));
                }
            }
        } else if (node instanceof QosElement element && element.base() != null) {
            Object target = switch (base(element)) {
                case ProfileTarget(QosProfile profile) -> new ProfileNode(profile, element.kind());
                case ElementTarget(QosElement base) -> base;
            };
            edges.add(new Edge(target, element.base().location()));
        }
        return edges;
    }

    private static QosXmlException cycle(List<Object> path, Object again, SourceLocation via) {
        List<String> names = new ArrayList<>();
        for (Object node : path.subList(path.indexOf(again), path.size())) {
            names.add(describe(node));
        }
        names.add(describe(again));
        String problem = "base_name cycle: " + String.join(" -> ", names) + "; a profile cannot inherit from itself";
        return via != null ? via.error(problem) : new QosXmlException(SourceLocation.of("?"), problem);
    }

    private static String describe(Object node) {
        return switch (node) {
            case ProfileNode(QosProfile profile, EntityKind kind) -> profile.id();
            case QosElement element -> element.describe();
            default -> node.toString();
        };
    }
}
