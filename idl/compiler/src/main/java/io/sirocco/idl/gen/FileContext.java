package io.sirocco.idl.gen;

import io.sirocco.idl.model.ArrayType;
import io.sirocco.idl.model.BitmaskType;
import io.sirocco.idl.model.Declaration;
import io.sirocco.idl.model.IdlType;
import io.sirocco.idl.model.PrimitiveType;
import io.sirocco.idl.model.SequenceType;
import io.sirocco.idl.model.StringType;
import java.util.Set;
import java.util.TreeSet;

/**
 * What one generated file needs to name things: its package, the class names declared in that package
 * (so a user type called {@code String} or {@code CdrOutput} makes the generator spell
 * {@code java.lang.String} or the qualified name), and the imports it collected.
 */
final class FileContext {
    private final JavaNames names;
    private final String pkg;
    private final Set<String> packageTypes;
    private final Set<String> imports = new TreeSet<>();

    FileContext(JavaNames names, String pkg, Set<String> packageTypes) {
        this.names = names;
        this.pkg = pkg;
        this.packageTypes = packageTypes;
    }

    String pkg() {
        return pkg;
    }

    JavaNames names() {
        return names;
    }

    /** How this file names the class of {@code d}. */
    String ref(Declaration d) {
        String simple = names.simpleName(d);
        if (names.packageOf(d).equals(pkg) && !importedSimpleNames().contains(simple)) {
            return simple;
        }
        return names.qualifiedName(d);
    }

    /** How this file names the codec class of {@code d}. */
    String codec(Declaration d) {
        return ref(d) + "Codec";
    }

    /** A {@code java.lang} class: its simple name unless the package declares the same name. */
    String lang(String simple) {
        return packageTypes.contains(simple) ? "java.lang." + simple : simple;
    }

    /** A class from another package: imported and named simply, unless that would clash. */
    String use(String qualified) {
        String simple = qualified.substring(qualified.lastIndexOf('.') + 1);
        if (packageTypes.contains(simple)) {
            return qualified;
        }
        for (String i : imports) {
            if (i.endsWith("." + simple) && !i.equals(qualified)) {
                return qualified;
            }
        }
        imports.add(qualified);
        return simple;
    }

    private Set<String> importedSimpleNames() {
        Set<String> out = new TreeSet<>();
        for (String i : imports) {
            out.add(i.substring(i.lastIndexOf('.') + 1));
        }
        return out;
    }

    /** The import lines collected so far. */
    String importBlock() {
        StringBuilder sb = new StringBuilder();
        for (String i : imports) {
            sb.append("import ").append(i).append(";\n");
        }
        return sb.toString();
    }

    /** The package line, or nothing in the default package. */
    String packageLine() {
        return pkg.isEmpty() ? "" : "package " + pkg + ";\n\n";
    }

    // ---------------------------------------------------------------- Java types

    /** The Java type of a member of type {@code t} (primitive where IDL's is). */
    String type(IdlType t) {
        return switch (t) {
            case PrimitiveType p -> primitive(p);
            case StringType s -> lang("String");
            case SequenceType s -> type(s.element()) + "[]";
            case ArrayType a -> type(a.element()) + "[]".repeat(a.dimensions().size());
            case BitmaskType b -> bitmaskPrimitive(b);
            case Declaration d -> ref(d);
        };
    }

    /** The Java type of an optional member: primitives boxed. */
    String boxed(IdlType t) {
        String p = type(t);
        return switch (p) {
            case "boolean" -> lang("Boolean");
            case "byte" -> lang("Byte");
            case "short" -> lang("Short");
            case "char" -> lang("Character");
            case "int" -> lang("Integer");
            case "long" -> lang("Long");
            case "float" -> lang("Float");
            case "double" -> lang("Double");
            default -> p;
        };
    }

    static String primitive(PrimitiveType p) {
        return switch (p) {
            case BOOLEAN -> "boolean";
            case OCTET, INT8, UINT8 -> "byte";
            case CHAR, WCHAR -> "char";
            case INT16, UINT16 -> "short";
            case INT32, UINT32 -> "int";
            case INT64, UINT64 -> "long";
            case FLOAT -> "float";
            case DOUBLE -> "double";
        };
    }

    static String bitmaskPrimitive(BitmaskType b) {
        return switch (b.width()) {
            case 1 -> "byte";
            case 2 -> "short";
            case 4 -> "int";
            default -> "long";
        };
    }

    /** Whether the Java type of {@code t} is a Java primitive. */
    static boolean isJavaPrimitive(IdlType t) {
        return t instanceof PrimitiveType || t instanceof BitmaskType;
    }

    /** {@code new T[n]} for an element Java type that may itself be an array ({@code new int[n][]}). */
    static String newArray(String elementType, String length) {
        int bracket = elementType.indexOf('[');
        return bracket < 0 ? "new " + elementType + "[" + length + "]"
                : "new " + elementType.substring(0, bracket) + "[" + length + "]" + elementType.substring(bracket);
    }
}
