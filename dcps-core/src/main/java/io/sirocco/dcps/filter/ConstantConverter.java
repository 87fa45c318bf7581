package io.sirocco.dcps.filter;

import java.util.List;
import java.util.Locale;

/**
 * Converts literals (at bind time) and parameter strings (when parameters are supplied) into
 * {@link Constant}s typed after the field they are compared with. Literal problems are
 * {@link FilterSyntaxException}s located in the expression; parameter problems are plain
 * {@link IllegalArgumentException}s that name the parameter.
 */
final class ConstantConverter {

    private ConstantConverter() {
    }

    static Constant fromLiteral(ResolvedField field, LiteralOperand literal, String expression) {
        Object value = literal.value();
        switch (field.kind()) {
            case INTEGER -> {
                if (value instanceof Long l) {
                    return new Constant.Integral(l);
                }
                if (value instanceof Double d) {
                    return new Constant.Floating(d);
                }
            }
            case FLOAT -> {
                if (value instanceof Long l) {
                    return new Constant.Floating(l);
                }
                if (value instanceof Double d) {
                    return new Constant.Floating(d);
                }
            }
            case CHAR -> {
                if (value instanceof String s && s.length() == 1) {
                    return new Constant.Integral(s.charAt(0));
                }
                if (value instanceof Long l) {
                    return new Constant.Integral(l);
                }
            }
            case STRING -> {
                if (value instanceof String s) {
                    return new Constant.Text(s);
                }
            }
            case BOOLEAN -> {
                if (value instanceof Boolean b) {
                    return new Constant.Logical(b);
                }
            }
            case ENUM -> {
                if (value instanceof String s) {
                    return enumConstant(field, s, literal.position(), expression);
                }
                if (value instanceof Long l) {
                    return new Constant.Integral(l);
                }
            }
        }
        throw mismatch(field, literal.describe(), expression);
    }

    /** The code of the constant called {@code name} of an enum field; unknown names are errors at {@code position}. */
    static Constant enumConstant(ResolvedField field, String name, int position, String expression) {
        EnumCodes codes = field.enumCodes();
        Enum<?> constant = codes.find(name);
        if (constant == null) {
            throw FilterSyntaxException.at(expression, position,
                    "unknown constant '" + name + "' of enum " + codes.typeName(),
                    "expected one of " + codes.constantNames());
        }
        return new Constant.Integral(codes.code(constant));
    }

    static FilterSyntaxException mismatch(ResolvedField field, String other, String expression) {
        String hint = "field '" + field.path() + "' is " + field.describeType() + " and cannot be compared with "
                + other;
        if (field.kind() == ValueKind.CHAR && other.startsWith("string")) {
            hint += "; a char compares with a one-character string or a character code";
        }
        return FilterSyntaxException.at(expression, field.position(), "type mismatch", hint);
    }

    /** Parameter {@code parameter} converted for {@code field}. */
    static Constant fromParameter(ResolvedField field, ParameterOperand parameter, List<String> parameters,
            String expression) {
        String raw = raw(parameter, parameters, expression);
        String value = unquote(raw).strip();
        switch (field.kind()) {
            case INTEGER -> {
                if (NumberText.looksLikeInteger(value)) {
                    return new Constant.Integral(integer(value, parameter, raw, field, expression));
                }
                if (NumberText.looksLikeFloat(value)) {
                    return new Constant.Floating(floating(value, parameter, raw, field, expression));
                }
                throw badParameter(parameter, raw, "an integer", field, expression);
            }
            case FLOAT -> {
                if (NumberText.looksLikeInteger(value)) {
                    return new Constant.Floating(integer(value, parameter, raw, field, expression));
                }
                if (NumberText.looksLikeFloat(value)) {
                    return new Constant.Floating(floating(value, parameter, raw, field, expression));
                }
                throw badParameter(parameter, raw, "a number", field, expression);
            }
            case CHAR -> {
                String text = unquote(raw);
                if (text.length() == 1) {
                    return new Constant.Integral(text.charAt(0));
                }
                if (NumberText.looksLikeInteger(value)) {
                    return new Constant.Integral(integer(value, parameter, raw, field, expression));
                }
                throw badParameter(parameter, raw, "a single character or character code", field, expression);
            }
            case STRING -> {
                return new Constant.Text(unquote(raw));
            }
            case BOOLEAN -> {
                String upper = value.toUpperCase(Locale.ROOT);
                if (upper.equals("TRUE") || upper.equals("FALSE")) {
                    return new Constant.Logical(upper.equals("TRUE"));
                }
                throw badParameter(parameter, raw, "TRUE or FALSE", field, expression);
            }
            case ENUM -> {
                EnumCodes codes = field.enumCodes();
                Enum<?> constant = codes.find(value);
                if (constant != null) {
                    return new Constant.Integral(codes.code(constant));
                }
                if (NumberText.looksLikeInteger(value)) {
                    return new Constant.Integral(integer(value, parameter, raw, field, expression));
                }
                throw badParameter(parameter, raw, "a constant of enum " + codes.typeName() + " ("
                        + codes.constantNames() + ") or its value", field, expression);
            }
        }
        throw new IllegalStateException("unknown kind " + field.kind());
    }

    /** Parameter {@code parameter} as text (a LIKE pattern or the text side of LIKE). */
    static String textParameter(ParameterOperand parameter, List<String> parameters, String expression) {
        return unquote(raw(parameter, parameters, expression));
    }

    /**
     * The text inside single quotes, with {@code ''} turned into {@code '}, when the (stripped) value is
     * quoted; otherwise the value unchanged. DDS asks for quoted string parameters, many users omit them.
     */
    static String unquote(String raw) {
        String stripped = raw.strip();
        if (stripped.length() >= 2 && stripped.charAt(0) == '\'' && stripped.charAt(stripped.length() - 1) == '\'') {
            return stripped.substring(1, stripped.length() - 1).replace("''", "'");
        }
        return raw;
    }

    private static String raw(ParameterOperand parameter, List<String> parameters, String expression) {
        if (parameter.index() >= parameters.size()) {
            throw missing(parameter.index(), parameters.size(), expression);
        }
        String raw = parameters.get(parameter.index());
        if (raw == null) {
            throw new IllegalArgumentException("parameter " + parameter.name() + " is null (in \"" + expression + "\")");
        }
        return raw;
    }

    static IllegalArgumentException missing(int index, int supplied, String expression) {
        return new IllegalArgumentException("parameter %" + index + " is missing: " + supplied
                + (supplied == 1 ? " parameter was" : " parameters were") + " supplied (in \"" + expression + "\")");
    }

    private static long integer(String value, ParameterOperand parameter, String raw, ResolvedField field,
            String expression) {
        try {
            return NumberText.parseInteger(value);
        } catch (NumberFormatException e) {
            throw badParameter(parameter, raw, "an integer within 64 bits", field, expression);
        }
    }

    private static double floating(String value, ParameterOperand parameter, String raw, ResolvedField field,
            String expression) {
        try {
            return NumberText.parseFloat(value);
        } catch (NumberFormatException e) {
            throw badParameter(parameter, raw, "a finite number", field, expression);
        }
    }

    private static IllegalArgumentException badParameter(ParameterOperand parameter, String raw, String expected,
            ResolvedField field, String expression) {
        return new IllegalArgumentException("parameter " + parameter.name() + " (\"" + raw + "\") is not "
                + expected + ", as field '" + field.path() + "' requires (in \"" + expression + "\")");
    }
}
