package io.sirocco.dcps.filter;

/**
 * Chooses the comparison node for a pair of typed operands. This is where the widening rules live:
 * integers, chars and enums compare as {@code long}; anything involving a floating-point value as
 * {@code double}; strings (and chars against strings) as text; booleans only for (in)equality.
 */
final class Comparisons {

    private Comparisons() {
    }

    /** {@code field op constant}, with the constant already converted for the field. */
    static Node withConstant(ResolvedField field, RelOp op, Constant constant) {
        return switch (constant) {
            case Constant.Integral integral -> new LongConstantComparison(field.longReader(), op, integral.value());
            case Constant.Floating floating -> {
                double value = field.isSinglePrecision() ? (float) floating.value() : floating.value();
                yield new DoubleConstantComparison(field.doubleReader(), op, value);
            }
            case Constant.Text text -> new TextComparison(field.textReader(), op, TextSource.constant(text.value()));
            case Constant.Logical logical -> new BooleanConstantComparison(field.booleanReader(), op, logical.value());
        };
    }

    /** {@code left op right} between two fields. */
    static Node fields(ResolvedField left, RelOp op, ResolvedField right, String expression) {
        ValueKind a = left.kind();
        ValueKind b = right.kind();
        if (a == ValueKind.BOOLEAN && b == ValueKind.BOOLEAN) {
            return new BooleanFieldComparison(left.booleanReader(), op, right.booleanReader());
        }
        if (a == ValueKind.STRING && b.isTextual() && b != ValueKind.ENUM
                || b == ValueKind.STRING && a == ValueKind.CHAR) {
            return new TextComparison(left.textReader(), op, right.textReader());
        }
        if (a == ValueKind.ENUM || b == ValueKind.ENUM) {
            boolean sameEnum = a == b && left.enumCodes() == right.enumCodes();
            boolean enumAndInteger = a == ValueKind.INTEGER || b == ValueKind.INTEGER;
            if (sameEnum || enumAndInteger) {
                return new LongFieldComparison(left.longReader(), op, right.longReader());
            }
        } else if (isIntegral(a) && isIntegral(b)) {
            return new LongFieldComparison(left.longReader(), op, right.longReader());
        } else if (isNumeric(a) && isNumeric(b)) {
            return new DoubleFieldComparison(left.doubleReader(), op, right.doubleReader());
        }
        throw ConstantConverter.mismatch(left, "field '" + right.path() + "', which is " + right.describeType(),
                expression);
    }

    /** A field as the text or pattern side of LIKE; only strings, chars and enums qualify. */
    static TextSource likeText(ResolvedField field, String expression) {
        if (!field.kind().isTextual()) {
            throw FilterSyntaxException.at(expression, field.position(), "type mismatch",
                    "LIKE needs a string, char or enum field, but '" + field.path() + "' is "
                            + field.describeType());
        }
        return field.textReader();
    }

    private static boolean isIntegral(ValueKind kind) {
        return kind == ValueKind.INTEGER || kind == ValueKind.CHAR;
    }

    private static boolean isNumeric(ValueKind kind) {
        return kind == ValueKind.INTEGER || kind == ValueKind.FLOAT;
    }
}
