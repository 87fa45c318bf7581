package io.sirocco.idl.ast;

import io.sirocco.idl.diag.SourcePosition;
import java.math.BigInteger;

/** A constant expression as written (IDL 4.2 7.4.1.4.2); evaluated by the semantic pass. */
public sealed interface Expr {

    SourcePosition position();

    /** An integer literal. */
    record IntLiteral(BigInteger value, SourcePosition position) implements Expr {
    }

    /** A floating-point literal. */
    record FloatLiteral(double value, SourcePosition position) implements Expr {
    }

    /** {@code TRUE} or {@code FALSE}. */
    record BoolLiteral(boolean value, SourcePosition position) implements Expr {
    }

    /** A character literal; {@code wide} for {@code L'c'}. */
    record CharLiteral(char value, boolean wide, SourcePosition position) implements Expr {
    }

    /** A string literal (adjacent literals already joined); {@code wide} for {@code L"s"}. */
    record StringLiteral(String value, boolean wide, SourcePosition position) implements Expr {
    }

    /** A reference to a constant or an enumerator. */
    record Name(ScopedName name, SourcePosition position) implements Expr {
    }

    /** {@code -e}, {@code +e} or {@code ~e}. */
    record Unary(String operator, Expr operand, SourcePosition position) implements Expr {
    }

    /** {@code a op b} for {@code | ^ & << >> + - * / %}. */
    record Binary(String operator, Expr left, Expr right, SourcePosition position) implements Expr {
    }
}
