package io.sirocco.idl.model;

import io.sirocco.idl.diag.SourcePosition;
import java.util.List;

/** A named IDL declaration in a module: a type, a typedef or a constant. */
public abstract sealed class Declaration permits StructType, UnionType, EnumType, BitmaskType, ConstantDecl, AliasDecl {
    private final String name;
    private final List<String> modules;
    private final SourcePosition position;

    Declaration(String name, List<String> modules, SourcePosition position) {
        this.name = name;
        this.modules = List.copyOf(modules);
        this.position = position;
    }

    /** The simple name. */
    public String name() {
        return name;
    }

    /** The enclosing modules, outermost first. */
    public List<String> modules() {
        return modules;
    }

    /** Where it is declared (its defining occurrence for forward-declared types). */
    public SourcePosition position() {
        return position;
    }

    /** {@code A::B::Name}. */
    public String scopedName() {
        return modules.isEmpty() ? name : String.join("::", modules) + "::" + name;
    }

    @Override
    public String toString() {
        return scopedName();
    }
}
