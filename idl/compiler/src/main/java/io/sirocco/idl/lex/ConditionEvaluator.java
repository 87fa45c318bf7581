package io.sirocco.idl.lex;

import io.sirocco.idl.diag.Diagnostics;
import java.math.BigInteger;
import java.util.List;

/**
 * Evaluates the integer expression of {@code #if} and {@code #elif} after macro expansion, with C's
 * operators and precedence; an identifier that is not a macro counts as 0, as in C.
 */
final class ConditionEvaluator {
    private static final String[][] LEVELS = {
        {"||"}, {"&&"}, {"|"}, {"^"}, {"&"}, {"==", "!="}, {"<", ">", "<=", ">="}, {"<<", ">>"}, {"+", "-"}, {"*", "/", "%"},
    };

    private final List<Token> tokens;
    private final Diagnostics diagnostics;
    private int next;
    private boolean failed;

    ConditionEvaluator(List<Token> tokens, Diagnostics diagnostics) {
        this.tokens = tokens;
        this.diagnostics = diagnostics;
    }

    long evaluate() {
        long v = ternary();
        if (!failed && next < tokens.size()) {
            fail(tokens.get(next), "unexpected " + tokens.get(next).describe() + " in #if condition");
        }
        return failed ? 0 : v;
    }

    private long ternary() {
        long c = binary(0);
        if (peek("?")) {
            next++;
            long a = ternary();
            expect(":");
            long b = ternary();
            return c != 0 ? a : b;
        }
        return c;
    }

    private long binary(int level) {
        if (level == LEVELS.length) {
            return unary();
        }
        long left = binary(level + 1);
        while (next < tokens.size() && isOneOf(tokens.get(next), LEVELS[level])) {
            Token op = tokens.get(next++);
            long right = binary(level + 1);
            left = apply(op, left, right);
        }
        return left;
    }

    private long apply(Token op, long a, long b) {
        return switch (op.text()) {
            case "||" -> (a != 0 || b != 0) ? 1 : 0;
            case "&&" -> (a != 0 && b != 0) ? 1 : 0;
            case "|" -> a | b;
            case "^" -> a ^ b;
            case "&" -> a & b;
            case "==" -> a == b ? 1 : 0;
            case "!=" -> a != b ? 1 : 0;
            case "<" -> a < b ? 1 : 0;
            case ">" -> a > b ? 1 : 0;
            case "<=" -> a <= b ? 1 : 0;
            case ">=" -> a >= b ? 1 : 0;
            case "<<" -> a << b;
            case ">>" -> a >> b;
            case "+" -> a + b;
            case "-" -> a - b;
            case "*" -> a * b;
            default -> {
                if (b == 0) {
                    fail(op, "division by zero in #if condition");
                    yield 0;
                }
                yield op.text().equals("/") ? a / b : a % b;
            }
        };
    }

    private long unary() {
        if (next >= tokens.size()) {
            fail(tokens.getLast(), "incomplete #if condition");
            return 0;
        }
        Token t = tokens.get(next++);
        if (t.is("!")) {
            return unary() == 0 ? 1 : 0;
        } else if (t.is("-")) {
            return -unary();
        } else if (t.is("+")) {
            return unary();
        } else if (t.is("~")) {
            return ~unary();
        } else if (t.is("(")) {
            long v = ternary();
            expect(")");
            return v;
        } else if (t.kind() == TokenKind.INTEGER) {
            return ((BigInteger) t.value()).longValue();
        } else if (t.kind() == TokenKind.CHAR) {
            return (Character) t.value();
        } else if (t.kind() == TokenKind.IDENTIFIER) {
            return 0;
        }
        fail(t, "unexpected " + t.describe() + " in #if condition");
        return 0;
    }

    private boolean peek(String p) {
        return next < tokens.size() && tokens.get(next).is(p);
    }

    private void expect(String p) {
        if (peek(p)) {
            next++;
        } else {
            fail(next < tokens.size() ? tokens.get(next) : tokens.getLast(), "expected '" + p + "' in #if condition");
        }
    }

    private static boolean isOneOf(Token t, String[] ops) {
        for (String op : ops) {
            if (t.is(op)) {
                return true;
            }
        }
        return false;
    }

    private void fail(Token at, String message) {
        if (!failed) {
            diagnostics.error(at.position(), message);
        }
        failed = true;
        next = tokens.size();
    }
}
