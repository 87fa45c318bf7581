package io.sirocco.idl.sema;

import io.sirocco.idl.ast.AnnotationUse;
import io.sirocco.idl.ast.Expr;
import io.sirocco.idl.diag.Diagnostics;
import io.sirocco.idl.diag.SourcePosition;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The annotations applied to one element, checked against where they appear: the supported ones
 * are read by the resolver, a few that do not change the Java types or the wire format are
 * accepted silently, unknown ones are ignored with a warning, and known ones in the wrong place
 * are errors.
 */
final class Annotations {
    /** Where an annotation appears. */
    enum Place {
        MODULE("a module"), STRUCT("a struct"), UNION("a union"), MEMBER("a struct member"), CASE("a union case"),
        DISCRIMINATOR("a union discriminator"), ENUM("an enum"), LITERAL("an enumerator"), BITMASK("a bitmask"),
        FLAG("a bit flag"), TYPEDEF("a typedef"), CONST("a constant");

        final String description;

        Place(String description) {
            this.description = description;
        }
    }

    private static final Set<String> ACCEPTED_ANYWHERE = Set.of("verbatim", "unit", "range", "min", "max",
            "topic", "nested", "default_nested", "data_representation", "try_construct", "external", "ignore_literal_names");
    private static final Set<String> EXTENSIBILITY = Set.of("final", "appendable", "mutable", "extensibility");
    private static final Map<Place, Set<String>> ALLOWED = Map.ofEntries(
            Map.entry(Place.MODULE, Set.of("autoid")),
            Map.entry(Place.STRUCT, Set.of("final", "appendable", "mutable", "extensibility", "autoid")),
            Map.entry(Place.UNION, Set.of("final", "appendable", "mutable", "extensibility", "autoid")),
            Map.entry(Place.MEMBER, Set.of("key", "id", "hashid", "optional", "must_understand", "default")),
            Map.entry(Place.CASE, Set.of("id", "hashid")),
            Map.entry(Place.DISCRIMINATOR, Set.of()),
            Map.entry(Place.ENUM, Set.of("bit_bound", "final", "appendable", "mutable", "extensibility")),
            Map.entry(Place.LITERAL, Set.of("value", "default_literal")),
            Map.entry(Place.BITMASK, Set.of("bit_bound", "final", "appendable", "mutable", "extensibility")),
            Map.entry(Place.FLAG, Set.of("position")),
            Map.entry(Place.TYPEDEF, Set.of()),
            Map.entry(Place.CONST, Set.of()));
    private static final Set<String> KNOWN = Set.of("key", "id", "autoid", "hashid", "optional", "final", "appendable",
            "mutable", "extensibility", "default", "bit_bound", "position", "value", "default_literal", "must_understand",
            "non_serialized", "shared", "oneway", "ami", "service", "choice", "empty", "bit_set");

    private final List<AnnotationUse> uses;

    private Annotations(List<AnnotationUse> uses) {
        this.uses = uses;
    }

    /** Checks {@code uses} for {@code place}, reporting misplaced and unknown annotations. */
    static Annotations check(List<AnnotationUse> uses, Place place, Diagnostics diagnostics) {
        Set<String> allowed = ALLOWED.get(place);
        for (AnnotationUse u : uses) {
            String n = u.name();
            if (allowed.contains(n) || ACCEPTED_ANYWHERE.contains(n)) {
                continue;
            }
            if (n.equals("non_serialized") || n.equals("shared")) {
                diagnostics.error(u.position(), "@" + n + " is not supported");
            } else if (KNOWN.contains(n)) {
                diagnostics.error(u.position(), "@" + n + " cannot be applied to " + place.description);
            } else {
                diagnostics.warning(u.position(), "unknown annotation @" + n + " is ignored");
            }
        }
        return new Annotations(uses);
    }

    /** The use of {@code name}, or null. */
    AnnotationUse get(String name) {
        for (AnnotationUse u : uses) {
            if (u.name().equals(name)) {
                return u;
            }
        }
        return null;
    }

    boolean has(String name) {
        return get(name) != null;
    }

    /** The single (positional or {@code value=}) parameter of {@code name}, or null when absent or without one. */
    Expr value(String name) {
        AnnotationUse u = get(name);
        if (u == null || u.params().isEmpty()) {
            return null;
        }
        return u.params().getFirst().value();
    }

    /**
     * Whether a boolean annotation such as {@code @key} or {@code @key(FALSE)} is on; a parameter that
     * is not TRUE or FALSE is reported.
     */
    boolean flag(String name, Diagnostics diagnostics) {
        AnnotationUse u = get(name);
        if (u == null) {
            return false;
        }
        if (u.params().isEmpty()) {
            return true;
        }
        Expr v = u.params().getFirst().value();
        if (v instanceof Expr.BoolLiteral b) {
            return b.value();
        }
        diagnostics.error(v.position(), "@" + name + " takes TRUE or FALSE");
        return false;
    }

    /** The identifier parameter of {@code name} (such as {@code MUTABLE} or {@code HASH}), or null. */
    String word(String name, Diagnostics diagnostics) {
        Expr v = value(name);
        if (v == null) {
            return null;
        }
        if (v instanceof Expr.Name n && n.name().parts().size() == 1) {
            return n.name().last();
        }
        diagnostics.error(v.position(), "@" + name + " takes a name");
        return null;
    }

    /** Whether any extensibility annotation is present. */
    boolean hasExtensibility() {
        return uses.stream().anyMatch(u -> EXTENSIBILITY.contains(u.name()));
    }

    /** Position of the first use of {@code name}. */
    SourcePosition position(String name) {
        AnnotationUse u = get(name);
        return u == null ? null : u.position();
    }

    List<AnnotationUse> all() {
        return uses;
    }
}
