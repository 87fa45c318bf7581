package io.sirocco.dcps.filter;

import java.util.Locale;

/**
 * A constant written in the expression. {@code value} is a {@code Long} (INTEGER), {@code Double}
 * (FLOAT), {@code String} (STRING, quotes removed) or {@code Boolean} (TRUE/FALSE); {@code text} is
 * the source spelling.
 */
record LiteralOperand(TokenKind kind, Object value, String text, int position) implements Operand {

    /** How error messages name the literal. */
    String describe() {
        return switch (kind) {
            case INTEGER -> "integer " + text;
            case FLOAT -> "floating-point number " + text;
            case STRING -> "string " + text;
            default -> "boolean " + text.toUpperCase(Locale.ROOT);
        };
    }

    @Override
    public void render(StringBuilder out) {
        switch (kind) {
            case STRING -> out.append('\'').append(((String) value).replace("'", "''")).append('\'');
            case TRUE, FALSE -> out.append(kind.name());
            default -> out.append(text);
        }
    }
}
