package io.sirocco.idl.sema;

import io.sirocco.idl.diag.SourcePosition;
import io.sirocco.idl.model.ConstantDecl;
import io.sirocco.idl.model.Declaration;
import io.sirocco.idl.model.EnumType;

/** What a name in a scope stands for. */
sealed interface Symbol {

    SourcePosition position();

    /** A module, with its scope. */
    record Module(Scope scope, SourcePosition position) implements Symbol {
    }

    /** A type or typedef. */
    record Type(Declaration declaration, SourcePosition position) implements Symbol {
    }

    /** A constant. */
    record Constant(ConstantDecl declaration, SourcePosition position) implements Symbol {
    }

    /** An enumerator, visible in the scope that encloses its enum. */
    record Enumerator(EnumType type, EnumType.Literal literal, SourcePosition position) implements Symbol {
    }
}
