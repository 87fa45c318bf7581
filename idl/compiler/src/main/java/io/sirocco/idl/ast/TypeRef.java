package io.sirocco.idl.ast;

import io.sirocco.idl.diag.SourcePosition;

/** A type as written in a member, typedef, constant or case: resolved by the semantic pass. */
public sealed interface TypeRef {

    SourcePosition position();

    /** A base type keyword ({@code long}, {@code unsigned short}, {@code int8}, {@code octet}...), normalised. */
    record Base(String name, SourcePosition position) implements TypeRef {
    }

    /** A declared type, typedef or (in constants) nothing else. */
    record Named(ScopedName name, SourcePosition position) implements TypeRef {
    }

    /** {@code string}, {@code string<N>}, {@code wstring}, {@code wstring<N>}; {@code bound} is null when unbounded. */
    record Str(boolean wide, Expr bound, SourcePosition position) implements TypeRef {
    }

    /** {@code sequence<T>} or {@code sequence<T, N>}; {@code bound} is null when unbounded. */
    record Sequence(TypeRef element, Expr bound, SourcePosition position) implements TypeRef {
    }
}
