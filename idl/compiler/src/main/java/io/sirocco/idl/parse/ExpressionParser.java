package io.sirocco.idl.parse;

import io.sirocco.idl.ast.Expr;
import io.sirocco.idl.ast.ScopedName;
import io.sirocco.idl.lex.Token;
import io.sirocco.idl.lex.TokenKind;
import java.math.BigInteger;

/**
 * Constant expressions (IDL 4.2 7.4.1.4.2): {@code |}, {@code ^}, {@code &}, shifts, additive and
 * multiplicative operators in that order of increasing precedence, unary {@code - + ~}, literals
 * (adjacent string literals joined), scoped names and parentheses.
 */
final class ExpressionParser {
    private final TokenCursor ts;

    ExpressionParser(TokenCursor ts) {
        this.ts = ts;
    }

    Expr constExpr() {
        return binary(0);
    }

    private static final String[][] LEVELS = {{"|"}, {"^"}, {"&"}, {"<<", ">>"}, {"+", "-"}, {"*", "/", "%"}};

    private Expr binary(int level) {
        if (level == LEVELS.length) {
            return unary();
        }
        Expr left = binary(level + 1);
        while (true) {
            Token t = ts.peek();
            String op = null;
            for (String candidate : LEVELS[level]) {
                if (t.is(candidate) && (ts.shiftsAllowed() || !candidate.equals(">>"))) {
                    op = candidate;
                }
            }
            if (op == null) {
                return left;
            }
            ts.skip();
            left = new Expr.Binary(op, left, binary(level + 1), t.position());
        }
    }

    private Expr unary() {
        Token t = ts.peek();
        if (t.is("-") || t.is("+") || t.is("~")) {
            ts.skip();
            return new Expr.Unary(t.text(), unary(), t.position());
        }
        return primary();
    }

    private Expr primary() {
        Token t = ts.peek();
        switch (t.kind()) {
            case INTEGER -> {
                ts.skip();
                return new Expr.IntLiteral((BigInteger) t.value(), t.position());
            }
            case FLOAT -> {
                ts.skip();
                return new Expr.FloatLiteral((Double) t.value(), t.position());
            }
            case CHAR -> {
                ts.skip();
                return new Expr.CharLiteral((Character) t.value(), t.wide(), t.position());
            }
            case STRING -> {
                StringBuilder sb = new StringBuilder();
                boolean wide = t.wide();
                while (ts.peek().kind() == TokenKind.STRING) {
                    Token s = ts.take();
                    if (s.wide() != wide) {
                        ts.error(s, "cannot join a wide and a narrow string literal");
                    }
                    sb.append((String) s.value());
                }
                return new Expr.StringLiteral(sb.toString(), wide, t.position());
            }
            case IDENTIFIER -> {
                if (t.isKeyword("TRUE") || t.isKeyword("FALSE")) {
                    ts.skip();
                    return new Expr.BoolLiteral(t.text().equals("TRUE"), t.position());
                }
                ScopedName name = ts.scopedName();
                return new Expr.Name(name, t.position());
            }
            case PUNCT -> {
                if (t.is("(")) {
                    ts.skip();
                    Expr e = ts.inParentheses(this::constExpr); // a shift in parentheses is a shift again
                    ts.expect(")");
                    return e;
                }
                if (t.is("::")) {
                    ScopedName name = ts.scopedName();
                    return new Expr.Name(name, t.position());
                }
            }
            default -> {
            }
        }
        ts.error(t, "expected an expression, found " + t.describe());
        throw new TokenCursor.SyntaxError();
    }
}
