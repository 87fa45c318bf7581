package io.sirocco.idl.sema;

import io.sirocco.idl.ast.Expr;
import io.sirocco.idl.diag.Diagnostics;
import io.sirocco.idl.diag.SourcePosition;
import io.sirocco.idl.model.ConstValue;
import io.sirocco.idl.model.EnumType;
import io.sirocco.idl.model.IdlType;
import io.sirocco.idl.model.PrimitiveType;
import io.sirocco.idl.model.StringType;
import java.math.BigInteger;

/**
 * Evaluates constant expressions (IDL 4.2 7.4.1.4.2): integer arithmetic is exact (then checked
 * against the target type's range), floating-point arithmetic is double, names refer to constants
 * and enumerators. Errors are reported and give {@code null}.
 */
final class ConstEvaluator {
    private static final BigInteger MAX_SHIFT = BigInteger.valueOf(64);

    private final Diagnostics diagnostics;

    ConstEvaluator(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    /** {@code e} evaluated and converted to {@code target}, or null after reporting why not. */
    ConstValue evaluate(Expr e, IdlType target, Scope scope) {
        ConstValue v = evaluate(e, scope);
        return v == null ? null : coerce(v, target, e.position());
    }

    /**
     * A positive integer (a bound or an array dimension) that fits an int, or -1 after reporting why
     * not.
     */
    int positive(Expr e, Scope scope, String what) {
        ConstValue v = evaluate(e, scope);
        if (v == null) {
            return -1;
        }
        if (!(v instanceof ConstValue.Int i)) {
            diagnostics.error(e.position(), what + " must be an integer");
            return -1;
        }
        if (i.value().signum() <= 0 || i.value().bitLength() > 31) {
            diagnostics.error(e.position(), what + " must be between 1 and " + Integer.MAX_VALUE + ", not " + i.value());
            return -1;
        }
        return i.value().intValue();
    }

    ConstValue evaluate(Expr e, Scope scope) {
        return switch (e) {
            case Expr.IntLiteral i -> new ConstValue.Int(i.value());
            case Expr.FloatLiteral f -> new ConstValue.Float(f.value());
            case Expr.BoolLiteral b -> new ConstValue.Bool(b.value());
            case Expr.CharLiteral c -> new ConstValue.Char(c.value());
            case Expr.StringLiteral s -> new ConstValue.Str(s.value());
            case Expr.Name n -> name(n, scope);
            case Expr.Unary u -> unary(u, scope);
            case Expr.Binary b -> binary(b, scope);
        };
    }

    private ConstValue name(Expr.Name n, Scope scope) {
        Symbol s = scope.resolve(n.name());
        if (s instanceof Symbol.Constant c) {
            return c.declaration().value();
        }
        if (s instanceof Symbol.Enumerator en) {
            return new ConstValue.Enumerator(en.type(), en.literal());
        }
        diagnostics.error(n.position(), s == null ? "unknown constant '" + n.name() + "'"
                : "'" + n.name() + "' is not a constant or enumerator");
        return null;
    }

    private ConstValue unary(Expr.Unary u, Scope scope) {
        ConstValue v = evaluate(u.operand(), scope);
        if (v == null) {
            return null;
        }
        if (v instanceof ConstValue.Int i) {
            return switch (u.operator()) {
                case "-" -> new ConstValue.Int(i.value().negate());
                case "~" -> new ConstValue.Int(i.value().not());
                default -> v;
            };
        }
        if (v instanceof ConstValue.Float f && !u.operator().equals("~")) {
            return u.operator().equals("-") ? new ConstValue.Float(-f.value()) : v;
        }
        diagnostics.error(u.position(), "operator '" + u.operator() + "' needs a number");
        return null;
    }

    private ConstValue binary(Expr.Binary b, Scope scope) {
        ConstValue l = evaluate(b.left(), scope);
        ConstValue r = evaluate(b.right(), scope);
        if (l == null || r == null) {
            return null;
        }
        String op = b.operator();
        if (l instanceof ConstValue.Int x && r instanceof ConstValue.Int y) {
            BigInteger a = x.value();
            BigInteger c = y.value();
            switch (op) {
                case "+": return new ConstValue.Int(a.add(c));
                case "-": return new ConstValue.Int(a.subtract(c));
                case "*": return new ConstValue.Int(a.multiply(c));
                case "/", "%":
                    if (c.signum() == 0) {
                        diagnostics.error(b.position(), "division by zero");
                        return null;
                    }
                    return new ConstValue.Int(op.equals("/") ? a.divide(c) : a.remainder(c));
                case "<<", ">>":
                    if (c.signum() < 0 || c.compareTo(MAX_SHIFT) >= 0) {
                        diagnostics.error(b.position(), "shift count " + c + " is not between 0 and 63");
                        return null;
                    }
                    return new ConstValue.Int(op.equals("<<") ? a.shiftLeft(c.intValue()) : a.shiftRight(c.intValue()));
                case "&": return new ConstValue.Int(a.and(c));
                case "|": return new ConstValue.Int(a.or(c));
                default: return new ConstValue.Int(a.xor(c));
            }
        }
        if (isNumber(l) && isNumber(r) && (l instanceof ConstValue.Float || r instanceof ConstValue.Float)) {
            double a = number(l);
            double c = number(r);
            switch (op) {
                case "+": return new ConstValue.Float(a + c);
                case "-": return new ConstValue.Float(a - c);
                case "*": return new ConstValue.Float(a * c);
                case "/":
                    if (c == 0) {
                        diagnostics.error(b.position(), "division by zero");
                        return null;
                    }
                    return new ConstValue.Float(a / c);
                default:
                    diagnostics.error(b.position(), "operator '" + op + "' needs integer operands");
                    return null;
            }
        }
        diagnostics.error(b.position(), "operator '" + op + "' needs numbers");
        return null;
    }

    private static boolean isNumber(ConstValue v) {
        return v instanceof ConstValue.Int || v instanceof ConstValue.Float;
    }

    private static double number(ConstValue v) {
        return v instanceof ConstValue.Int i ? i.value().doubleValue() : ((ConstValue.Float) v).value();
    }

    /** {@code v} as a value of {@code target}, or null after reporting why it does not fit. */
    ConstValue coerce(ConstValue v, IdlType target, SourcePosition at) {
        if (target instanceof PrimitiveType p) {
            if (p.isInteger()) {
                if (!(v instanceof ConstValue.Int i)) {
                    return mismatch(v, target, at);
                }
                if (i.value().compareTo(p.min()) < 0 || i.value().compareTo(p.max()) > 0) {
                    diagnostics.error(at, "value " + i.value() + " is out of range for " + p.describe()
                            + " (" + p.min() + ".." + p.max() + ")");
                    return null;
                }
                return v;
            }
            return switch (p) {
                case FLOAT, DOUBLE -> isNumber(v) ? new ConstValue.Float(p == PrimitiveType.FLOAT
                        ? (double) (float) number(v) : number(v)) : mismatch(v, target, at);
                case BOOLEAN -> v instanceof ConstValue.Bool ? v : mismatch(v, target, at);
                case CHAR, WCHAR -> {
                    if (!(v instanceof ConstValue.Char c)) {
                        yield mismatch(v, target, at);
                    }
                    if (p == PrimitiveType.CHAR && c.value() > 0xFF) {
                        diagnostics.error(at, "character U+" + Integer.toHexString(c.value()) + " does not fit a char");
                        yield null;
                    }
                    yield v;
                }
                default -> mismatch(v, target, at);
            };
        }
        if (target instanceof StringType s) {
            if (!(v instanceof ConstValue.Str str)) {
                return mismatch(v, target, at);
            }
            if (s.isBounded() && length(str.value(), s.wide()) > s.bound()) {
                diagnostics.error(at, "string of length " + length(str.value(), s.wide()) + " exceeds the bound "
                        + s.bound());
                return null;
            }
            return v;
        }
        if (target instanceof EnumType e) {
            if (v instanceof ConstValue.Enumerator en && en.type() == e) {
                return v;
            }
            return mismatch(v, target, at);
        }
        diagnostics.error(at, "constants and values of type " + target.describe() + " are not supported");
        return null;
    }

    private static int length(String s, boolean wide) {
        return wide ? s.length() : s.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
    }

    private ConstValue mismatch(ConstValue v, IdlType target, SourcePosition at) {
        diagnostics.error(at, describe(v) + " is not a valid " + target.describe());
        return null;
    }

    static String describe(ConstValue v) {
        return switch (v) {
            case ConstValue.Int i -> "integer " + i.value();
            case ConstValue.Float f -> "floating-point value " + f.value();
            case ConstValue.Bool b -> "boolean " + (b.value() ? "TRUE" : "FALSE");
            case ConstValue.Char c -> "character literal";
            case ConstValue.Str s -> "string literal";
            case ConstValue.Enumerator en -> "enumerator " + en.type().scopedName() + "::" + en.literal().name();
        };
    }
}
