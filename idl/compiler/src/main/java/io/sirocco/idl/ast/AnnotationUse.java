package io.sirocco.idl.ast;

import io.sirocco.idl.diag.SourcePosition;
import java.util.List;

/**
 * An annotation application such as {@code @key}, {@code @id(3)} or {@code @extensibility(MUTABLE)}.
 * Parameters are positional ({@code name} null) or named.
 */
public record AnnotationUse(String name, List<Param> params, SourcePosition position) {

    public AnnotationUse {
        params = List.copyOf(params);
    }

    /** One parameter: {@code value} or {@code name = value}. */
    public record Param(String name, Expr value) {
    }
}
