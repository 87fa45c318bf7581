package io.sirocco.idl.lex;

import io.sirocco.idl.diag.SourcePosition;

/**
 * One token: its kind, its text (an identifier without the escaping underscore, the operator, the
 * literal as written), the decoded literal value where there is one, and where it starts.
 *
 * @param wide for character and string literals: written with the {@code L} prefix
 * @param escaped for identifiers: written with a leading underscore, so never a keyword
 */
public record Token(TokenKind kind, String text, Object value, SourcePosition position, boolean wide, boolean escaped) {

    /** Whether this is the punctuation or operator {@code p}. */
    public boolean is(String p) {
        return kind == TokenKind.PUNCT && text.equals(p);
    }

    /** Whether this is the keyword {@code k} (an unescaped identifier with that exact text). */
    public boolean isKeyword(String k) {
        return kind == TokenKind.IDENTIFIER && !escaped && text.equals(k);
    }

    /** The same token at another position (macro expansion reports the use site). */
    public Token at(SourcePosition where) {
        return new Token(kind, text, value, where, wide, escaped);
    }

    /** How the token reads in a message. */
    public String describe() {
        return switch (kind) {
            case EOF -> "end of file";
            case STRING -> "string literal";
            case CHAR -> "character literal";
            default -> "'" + text + "'";
        };
    }
}
