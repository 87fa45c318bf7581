package io.sirocco.idl.gen;

import io.sirocco.idl.model.Declaration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * IDL names to Java names (classic IDL-to-Java style): modules become packages under an optional
 * prefix, names that are Java keywords get a leading underscore, and a struct {@code T} gets its codec
 * in {@code TCodec} next to it.
 */
public final class JavaNames {
    private static final Set<String> KEYWORDS = Set.of("abstract", "assert", "boolean", "break", "byte", "case",
            "catch", "char", "class", "const", "continue", "default", "do", "double", "else", "enum", "extends", "final",
            "finally", "float", "for", "goto", "if", "implements", "import", "instanceof", "int", "interface", "long",
            "native", "new", "package", "private", "protected", "public", "return", "short", "static", "strictfp",
            "super", "switch", "synchronized", "this", "throw", "throws", "transient", "try", "void", "volatile",
            "while", "true", "false", "null", "_");
    /** Not allowed as type names (but fine as field names). */
    private static final Set<String> RESTRICTED_TYPE_NAMES = Set.of("var", "yield", "record", "sealed", "permits");

    private final String prefix;

    /** @param prefix package prefix for every module ({@code ""} for none) */
    public JavaNames(String prefix) {
        this.prefix = prefix;
    }

    /** The Java package of a declaration ({@code ""} for the default package). */
    public String packageOf(Declaration d) {
        List<String> parts = new ArrayList<>();
        if (!prefix.isEmpty()) {
            parts.add(prefix);
        }
        for (String m : d.modules()) {
            parts.add(identifier(m));
        }
        return String.join(".", parts);
    }

    /** The simple Java name of a declaration's class. */
    public String simpleName(Declaration d) {
        return typeName(d.name());
    }

    /** The fully qualified Java name of a declaration's class. */
    public String qualifiedName(Declaration d) {
        String p = packageOf(d);
        return p.isEmpty() ? simpleName(d) : p + "." + simpleName(d);
    }

    /** A member, enumerator or parameter name. */
    public static String identifier(String idl) {
        return KEYWORDS.contains(idl) ? "_" + idl : idl;
    }

    public static String typeName(String idl) {
        return KEYWORDS.contains(idl) || RESTRICTED_TYPE_NAMES.contains(idl) ? "_" + idl : idl;
    }
}
