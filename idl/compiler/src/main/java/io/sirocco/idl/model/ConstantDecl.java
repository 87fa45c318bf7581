package io.sirocco.idl.model;

import io.sirocco.idl.diag.SourcePosition;
import java.util.List;

/** {@code const T name = value;} with the value evaluated and checked against {@code T}. */
public final class ConstantDecl extends Declaration {
    private final IdlType type;
    private final ConstValue value;

    public ConstantDecl(String name, List<String> modules, SourcePosition position, IdlType type, ConstValue value) {
        super(name, modules, position);
        this.type = type;
        this.value = value;
    }

    public IdlType type() {
        return type;
    }

    public ConstValue value() {
        return value;
    }
}
