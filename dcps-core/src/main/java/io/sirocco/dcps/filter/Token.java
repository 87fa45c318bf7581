package io.sirocco.dcps.filter;

/**
 * One lexical token: its kind, where it starts, the source text it covers and its decoded value (see
 * {@link TokenKind}).
 */
record Token(TokenKind kind, int position, String text, Object value) {

    /** How error messages name the token. */
    String describe() {
        return switch (kind) {
            case END -> "end of expression";
            case STRING -> "string " + text;
            default -> "'" + text + "'";
        };
    }
}
