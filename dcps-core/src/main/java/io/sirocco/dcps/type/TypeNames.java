package io.sirocco.dcps.type;

/**
 * IDL scoped names for Java classes: the package becomes the module path and nested classes become
 * nested scopes, so {@code com.example.Msg} is {@code com::example::Msg} and
 * {@code com.example.Outer$Inner} is {@code com::example::Outer::Inner}. This is the wire type name
 * of classes whose codec does not name itself (IDL-generated codecs give the IDL name).
 */
public final class TypeNames {
    private TypeNames() {
    }

    /**
     * The IDL scoped name of {@code type}.
     *
     * @throws IllegalArgumentException if {@code type} is {@code null}, primitive or an array
     */
    public static String idlName(Class<?> type) {
        if (type == null) {
            throw new IllegalArgumentException("type must not be null");
        }
        if (type.isPrimitive() || type.isArray()) {
            throw new IllegalArgumentException(type.getTypeName() + " has no IDL struct name");
        }
        Class<?> enclosing = type.getEnclosingClass();
        if (enclosing != null && type.isMemberClass()) {
            return idlName(enclosing) + "::" + type.getSimpleName();
        }
        String pkg = type.getPackageName();
        // top-level classes; local and anonymous ones keep their binary name's remainder
        String rest = pkg.isEmpty() ? type.getName() : type.getName().substring(pkg.length() + 1);
        String scoped = rest.replace("$", "::");
        return pkg.isEmpty() ? scoped : pkg.replace(".", "::") + "::" + scoped;
    }
}
