package io.sirocco.idl.lex;

import io.sirocco.idl.diag.Diagnostics;
import io.sirocco.idl.diag.SourcePosition;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits IDL text into tokens (IDL 4.2 section 7.2): identifiers, integer, floating, character and
 * string literals, punctuation, and whole preprocessor lines ({@link TokenKind#DIRECTIVE}) for a
 * {@code #} that starts a line. Comments and white space are dropped. Problems are reported to the
 * {@link Diagnostics} and the offending characters skipped, so that lexing always completes.
 */
public final class Lexer {
    private static final String[] PUNCT2 = {"::", "<<", ">>", "&&", "||", "==", "!=", "<=", ">="};
    private static final String PUNCT1 = ";{}:,()<>=|^&+-*/%~[]@!?.";

    private final String text;
    private final String file;
    private final Diagnostics diagnostics;
    private final boolean directives;
    private int pos;
    private int line;
    private int column;
    private boolean lineStart = true;

    private Lexer(String text, String file, int line, int column, Diagnostics diagnostics, boolean directives) {
        this.text = text;
        this.file = file;
        this.line = line;
        this.column = column;
        this.diagnostics = diagnostics;
        this.directives = directives;
    }

    /** Tokens of a whole file, preprocessor lines included as {@link TokenKind#DIRECTIVE}, ending with EOF. */
    public static List<Token> file(String text, String file, Diagnostics diagnostics) {
        return new Lexer(text, file, 1, 1, diagnostics, true).run();
    }

    /**
     * Tokens of a fragment (the body of a preprocessor line) that starts at {@code line:column} of
     * {@code file}; {@code #} is plain punctuation there. Ends with EOF.
     */
    public static List<Token> fragment(String text, String file, int line, int column, Diagnostics diagnostics) {
        return new Lexer(text, file, line, column, diagnostics, false).run();
    }

    private List<Token> run() {
        List<Token> out = new ArrayList<>();
        while (true) {
            skipSpaceAndComments();
            if (pos >= text.length()) {
                out.add(new Token(TokenKind.EOF, "", null, here(), false, false));
                return out;
            }
            SourcePosition at = here();
            char c = text.charAt(pos);
            if (c == '#' && lineStart && directives) {
                out.add(directive(at));
                continue;
            }
            lineStart = false;
            if (isIdentStart(c)) {
                if ((c == 'L') && pos + 1 < text.length() && (text.charAt(pos + 1) == '\'' || text.charAt(pos + 1) == '"')) {
                    advance();
                    out.add(text.charAt(pos) == '\'' ? charLiteral(at, true) : stringLiteral(at, true));
                } else {
                    out.add(identifier(at));
                }
            } else if (isDigit(c) || (c == '.' && pos + 1 < text.length() && isDigit(text.charAt(pos + 1)))) {
                out.add(number(at));
            } else if (c == '\'') {
                out.add(charLiteral(at, false));
            } else if (c == '"') {
                out.add(stringLiteral(at, false));
            } else {
                Token p = punct(at);
                if (p != null) {
                    out.add(p);
                } else {
                    diagnostics.error(at, "unexpected character '" + printable(c) + "'");
                    advance();
                }
            }
        }
    }

    // ---------------------------------------------------------------- pieces

    private void skipSpaceAndComments() {
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c == '\n') {
                advance();
                lineStart = true;
            } else if (c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == 0x0B) {
                advance();
            } else if (c == '\\' && pos + 1 < text.length() && (text.charAt(pos + 1) == '\n'
                    || text.charAt(pos + 1) == '\r')) {
                advance(); // a line continuation outside a directive is just white space
            } else if (c == '/' && pos + 1 < text.length() && text.charAt(pos + 1) == '/') {
                while (pos < text.length() && text.charAt(pos) != '\n') {
                    advance();
                }
            } else if (c == '/' && pos + 1 < text.length() && text.charAt(pos + 1) == '*') {
                SourcePosition start = here();
                advance();
                advance();
                boolean closed = false;
                while (pos < text.length()) {
                    if (text.charAt(pos) == '*' && pos + 1 < text.length() && text.charAt(pos + 1) == '/') {
                        advance();
                        advance();
                        closed = true;
                        break;
                    }
                    advance();
                }
                if (!closed) {
                    diagnostics.error(start, "unterminated comment");
                }
            } else {
                return;
            }
        }
    }

    /** A preprocessor line, with continuations joined (the newline kept so positions stay right). */
    private Token directive(SourcePosition at) {
        advance(); // '#'
        StringBuilder sb = new StringBuilder();
        SourcePosition bodyStart = here();
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c == '\n') {
                break;
            }
            if (c == '\\' && pos + 1 < text.length() && (text.charAt(pos + 1) == '\n'
                    || (text.charAt(pos + 1) == '\r' && pos + 2 < text.length() && text.charAt(pos + 2) == '\n'))) {
                sb.append(' ');
                advance();
                if (text.charAt(pos) == '\r') {
                    advance();
                }
                sb.append('\n');
                advance();
                continue;
            }
            if (c == '/' && pos + 1 < text.length() && text.charAt(pos + 1) == '*') {
                // a block comment may run over several lines; keep its newlines for positions
                while (pos < text.length() && !(text.charAt(pos) == '*' && pos + 1 < text.length()
                        && text.charAt(pos + 1) == '/')) {
                    sb.append(text.charAt(pos) == '\n' ? '\n' : ' ');
                    advance();
                }
                if (pos < text.length()) {
                    sb.append("  ");
                    advance();
                    advance();
                }
                continue;
            }
            if (c == '/' && pos + 1 < text.length() && text.charAt(pos + 1) == '/') {
                while (pos < text.length() && text.charAt(pos) != '\n') {
                    advance();
                }
                break;
            }
            sb.append(c);
            advance();
        }
        lineStart = true;
        return new Token(TokenKind.DIRECTIVE, sb.toString(), bodyStart, at, false, false);
    }

    private Token identifier(SourcePosition at) {
        int start = pos;
        while (pos < text.length() && isIdentPart(text.charAt(pos))) {
            advance();
        }
        String word = text.substring(start, pos);
        if (word.startsWith("_")) {
            if (word.length() == 1) {
                diagnostics.error(at, "'_' alone is not an identifier");
                return new Token(TokenKind.IDENTIFIER, "_", null, at, false, true);
            }
            return new Token(TokenKind.IDENTIFIER, word.substring(1), null, at, false, true);
        }
        return new Token(TokenKind.IDENTIFIER, word, null, at, false, false);
    }

    private Token number(SourcePosition at) {
        int start = pos;
        if (text.charAt(pos) == '0' && pos + 1 < text.length() && (text.charAt(pos + 1) == 'x' || text.charAt(pos + 1) == 'X')) {
            advance();
            advance();
            int digits = pos;
            while (pos < text.length() && Character.digit(text.charAt(pos), 16) >= 0) {
                advance();
            }
            String literal = text.substring(start, pos);
            if (digits == pos) {
                diagnostics.error(at, "hexadecimal literal without digits");
                return new Token(TokenKind.INTEGER, literal, BigInteger.ZERO, at, false, false);
            }
            rejectSuffix(at);
            return new Token(TokenKind.INTEGER, literal, new BigInteger(text.substring(digits, pos), 16), at, false, false);
        }
        while (pos < text.length() && isDigit(text.charAt(pos))) {
            advance();
        }
        boolean floating = false;
        if (pos < text.length() && text.charAt(pos) == '.') {
            floating = true;
            advance();
            while (pos < text.length() && isDigit(text.charAt(pos))) {
                advance();
            }
        }
        if (pos < text.length() && (text.charAt(pos) == 'e' || text.charAt(pos) == 'E')) {
            int save = pos;
            advance();
            if (pos < text.length() && (text.charAt(pos) == '+' || text.charAt(pos) == '-')) {
                advance();
            }
            if (pos < text.length() && isDigit(text.charAt(pos))) {
                floating = true;
                while (pos < text.length() && isDigit(text.charAt(pos))) {
                    advance();
                }
            } else {
                pos = save; // not an exponent after all (column is off by the lookahead; harmless)
            }
        }
        String literal = text.substring(start, pos);
        if (pos < text.length() && (text.charAt(pos) == 'd' || text.charAt(pos) == 'D')) {
            advance();
            diagnostics.error(at, "fixed-point literals are not supported");
            return new Token(TokenKind.FLOAT, literal, 0.0, at, false, false);
        }
        if (floating) {
            if (pos < text.length() && (text.charAt(pos) == 'f' || text.charAt(pos) == 'F')) {
                advance();
            }
            rejectSuffix(at);
            return new Token(TokenKind.FLOAT, literal, Double.parseDouble(literal), at, false, false);
        }
        rejectSuffix(at);
        BigInteger value = literal.length() > 1 && literal.startsWith("0") ? octal(literal, at) : new BigInteger(literal);
        return new Token(TokenKind.INTEGER, literal, value, at, false, false);
    }

    private BigInteger octal(String literal, SourcePosition at) {
        for (int i = 1; i < literal.length(); i++) {
            if (literal.charAt(i) > '7') {
                diagnostics.error(at, "invalid digit '" + literal.charAt(i) + "' in octal literal " + literal);
                return BigInteger.ZERO;
            }
        }
        return new BigInteger(literal.substring(1), 8);
    }

    private void rejectSuffix(SourcePosition at) {
        if (pos < text.length() && isIdentPart(text.charAt(pos))) {
            int start = pos;
            while (pos < text.length() && isIdentPart(text.charAt(pos))) {
                advance();
            }
            diagnostics.error(at, "invalid suffix '" + text.substring(start, pos) + "' on numeric literal");
        }
    }

    private Token charLiteral(SourcePosition at, boolean wide) {
        advance(); // '
        int start = pos;
        char value = 0;
        if (pos < text.length() && text.charAt(pos) != '\'' && text.charAt(pos) != '\n') {
            value = text.charAt(pos) == '\\' ? escape(at) : take();
        } else {
            diagnostics.error(at, "empty character literal");
        }
        if (pos < text.length() && text.charAt(pos) == '\'') {
            advance();
        } else {
            diagnostics.error(at, "unterminated character literal");
            while (pos < text.length() && text.charAt(pos) != '\'' && text.charAt(pos) != '\n') {
                advance();
            }
            if (pos < text.length() && text.charAt(pos) == '\'') {
                advance();
            }
        }
        if (!wide && value > 0xFF) {
            diagnostics.error(at, "character '" + printable(value) + "' does not fit an IDL char (use L'...' and wchar)");
        }
        return new Token(TokenKind.CHAR, text.substring(start - 1, pos), value, at, wide, false);
    }

    private Token stringLiteral(SourcePosition at, boolean wide) {
        advance(); // "
        StringBuilder sb = new StringBuilder();
        boolean closed = false;
        while (pos < text.length() && text.charAt(pos) != '\n') {
            char c = text.charAt(pos);
            if (c == '"') {
                advance();
                closed = true;
                break;
            }
            sb.append(c == '\\' ? escape(at) : take());
        }
        if (!closed) {
            diagnostics.error(at, "unterminated string literal");
        }
        String s = sb.toString();
        if (!wide && s.indexOf('\0') >= 0) {
            diagnostics.error(at, "a string literal cannot contain a NUL character");
        }
        return new Token(TokenKind.STRING, s, s, at, wide, false);
    }

    /** Reads an escape sequence starting at the backslash. */
    private char escape(SourcePosition literal) {
        SourcePosition at = here();
        advance(); // backslash
        if (pos >= text.length()) {
            diagnostics.error(at, "incomplete escape sequence");
            return 0;
        }
        char c = take();
        switch (c) {
            case 'n': return '\n';
            case 't': return '\t';
            case 'v': return 0x0B;
            case 'b': return '\b';
            case 'r': return '\r';
            case 'f': return '\f';
            case 'a': return 0x07;
            case '\\': return '\\';
            case '?': return '?';
            case '\'': return '\'';
            case '"': return '"';
            case 'x': return (char) digits(16, 2, at);
            case 'u': return (char) digits(16, 4, at);
            default:
                if (c >= '0' && c <= '7') {
                    pos--;
                    column--;
                    return (char) digits(8, 3, at);
                }
                diagnostics.error(at, "unknown escape sequence '\\" + printable(c) + "'");
                return c;
        }
    }

    private int digits(int radix, int max, SourcePosition at) {
        int v = 0;
        int n = 0;
        while (n < max && pos < text.length() && Character.digit(text.charAt(pos), radix) >= 0) {
            v = v * radix + Character.digit(take(), radix);
            n++;
        }
        if (n == 0) {
            diagnostics.error(at, "escape sequence without digits");
        }
        return v;
    }

    private Token punct(SourcePosition at) {
        for (String p : PUNCT2) {
            if (text.startsWith(p, pos)) {
                pos += 2;
                column += 2;
                return new Token(TokenKind.PUNCT, p, null, at, false, false);
            }
        }
        char c = text.charAt(pos);
        if (PUNCT1.indexOf(c) >= 0 || (c == '#' && !directives)) {
            advance();
            return new Token(TokenKind.PUNCT, String.valueOf(c), null, at, false, false);
        }
        return null;
    }

    // ---------------------------------------------------------------- characters

    private SourcePosition here() {
        return new SourcePosition(file, line, column);
    }

    private char take() {
        char c = text.charAt(pos);
        advance();
        return c;
    }

    private void advance() {
        if (text.charAt(pos) == '\n') {
            line++;
            column = 1;
        } else {
            column++;
        }
        pos++;
    }

    private static boolean isIdentStart(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
    }

    private static boolean isIdentPart(char c) {
        return isIdentStart(c) || isDigit(c);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static String printable(char c) {
        return c >= 0x20 && c < 0x7F ? String.valueOf(c) : String.format("\\u%04x", (int) c);
    }
}
