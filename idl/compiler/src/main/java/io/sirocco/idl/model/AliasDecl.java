package io.sirocco.idl.model;

import io.sirocco.idl.diag.SourcePosition;
import java.util.List;

/** A typedef: a second name for a type. Generated code uses the named type directly. */
public final class AliasDecl extends Declaration {
    private final IdlType target;

    public AliasDecl(String name, List<String> modules, SourcePosition position, IdlType target) {
        super(name, modules, position);
        this.target = target;
    }

    public IdlType target() {
        return target;
    }
}
