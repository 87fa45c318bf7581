package io.sirocco.idl.ast;

import io.sirocco.idl.diag.SourcePosition;
import java.util.List;

/** A definition at module level, as parsed (IDL 4.2 7.4). */
public sealed interface Definition {

    SourcePosition position();

    /** {@code module name { ... };} (a module may be reopened). */
    record Module(String name, List<AnnotationUse> annotations, List<Definition> body, SourcePosition position)
            implements Definition {
    }

    /** {@code struct name [: base] { members };}, or a forward declaration ({@code members} null). */
    record Struct(String name, List<AnnotationUse> annotations, ScopedName base, List<Member> members,
            SourcePosition position) implements Definition {
    }

    /** {@code union name switch (type) { cases };}, or a forward declaration ({@code cases} null). */
    record Union(String name, List<AnnotationUse> annotations, TypeRef discriminator,
            List<AnnotationUse> discriminatorAnnotations, List<Case> cases, SourcePosition position) implements Definition {
    }

    /** {@code enum name { a, b };}. */
    record Enum(String name, List<AnnotationUse> annotations, List<Literal> literals, SourcePosition position)
            implements Definition {
    }

    /** {@code bitmask name { a, b };}. */
    record Bitmask(String name, List<AnnotationUse> annotations, List<Literal> flags, SourcePosition position)
            implements Definition {
    }

    /** {@code typedef type d1, d2[3];}. */
    record Typedef(List<AnnotationUse> annotations, TypeRef type, List<Declarator> declarators, SourcePosition position)
            implements Definition {
    }

    /** {@code const type name = expr;}. */
    record Const(List<AnnotationUse> annotations, TypeRef type, String name, Expr value, SourcePosition position)
            implements Definition {
    }

    /** {@code #pragma keylist Type k1 k2}: the type and key member names as written. */
    record Keylist(ScopedName type, List<String> keys, List<SourcePosition> keyPositions, SourcePosition position)
            implements Definition {
    }

    /** A struct member declaration: {@code @key long a, b[2];}. */
    record Member(List<AnnotationUse> annotations, TypeRef type, List<Declarator> declarators, SourcePosition position) {
    }

    /** A union case: its labels ({@code null} expression = {@code default}) and its one member. */
    record Case(List<Label> labels, List<AnnotationUse> annotations, TypeRef type, Declarator declarator,
            SourcePosition position) {
    }

    /** A case label; {@code value} is null for {@code default:}. */
    record Label(Expr value, SourcePosition position) {
    }

    /** An enumerator or bitmask flag with its annotations ({@code @value}, {@code @position}...). */
    record Literal(String name, List<AnnotationUse> annotations, SourcePosition position) {
    }
}
