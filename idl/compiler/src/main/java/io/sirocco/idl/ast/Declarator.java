package io.sirocco.idl.ast;

import io.sirocco.idl.diag.SourcePosition;
import java.util.List;

/** A declared name with optional fixed array sizes: {@code x} or {@code m[2][3]}. */
public record Declarator(String name, List<Expr> dimensions, SourcePosition position) {

    public Declarator {
        dimensions = List.copyOf(dimensions);
    }
}
