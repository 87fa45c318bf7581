package io.sirocco.dcps.filter;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits an expression into tokens on demand, so that errors are reported in reading order: a bad
 * character late in the text does not hide an earlier grammar error. Field paths ({@code a.b[2].c})
 * are single tokens, so the parser never has to reassemble them and errors inside a path can point at
 * the exact character.
 */
final class Lexer {
    private final String text;
    private int pos;

    Lexer(String text) {
        this.text = text;
    }

    /** The next token; an {@link TokenKind#END} token (repeatedly) once the text is exhausted. */
    Token next() {
        while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
            pos++;
        }
        if (pos >= text.length()) {
            return new Token(TokenKind.END, text.length(), "", null);
        }
        char c = text.charAt(pos);
        if (c == '(') {
            return single(TokenKind.LEFT_PAREN);
        } else if (c == ')') {
            return single(TokenKind.RIGHT_PAREN);
        } else if (c == '\'') {
            return string();
        } else if (c == '%') {
            return parameter();
        } else if (c == '<' || c == '>' || c == '=' || c == '!') {
            return operator();
        } else if (startsNumber()) {
            return number();
        } else if (Character.isLetter(c) || c == '_') {
            return fieldOrKeyword();
        } else if (c == '"') {
            throw error(pos, "unexpected character '\"'", "string literals use single quotes");
        }
        throw error(pos, "unexpected character '" + c + "'", null);
    }

    private Token single(TokenKind kind) {
        return new Token(kind, pos, text.substring(pos, ++pos), null);
    }

    private Token string() {
        int start = pos;
        StringBuilder value = new StringBuilder();
        pos++;
        while (true) {
            if (pos >= text.length()) {
                throw error(start, "unterminated string", "a string literal needs a closing '");
            }
            char c = text.charAt(pos++);
            if (c == '\'') {
                if (pos < text.length() && text.charAt(pos) == '\'') {
                    value.append('\'');
                    pos++;
                } else {
                    break;
                }
            } else {
                value.append(c);
            }
        }
        return new Token(TokenKind.STRING, start, text.substring(start, pos), value.toString());
    }

    private Token parameter() {
        int start = pos;
        pos++;
        int digitsStart = pos;
        while (pos < text.length() && isAsciiDigit(text.charAt(pos))) {
            pos++;
        }
        if (pos == digitsStart) {
            throw error(start, "'%' without a parameter number", "write %0 to %99");
        }
        if (pos < text.length() && isIdentifierPart(text.charAt(pos))) {
            throw error(start, "malformed parameter '" + text.substring(start, endOfWord(pos)) + "'",
                    "write %0 to %99");
        }
        String spelled = text.substring(start, pos);
        if (pos - digitsStart > 2) {
            throw error(start, "parameter number out of range in '" + spelled + "'", "write %0 to %99");
        }
        int index = Integer.parseInt(text.substring(digitsStart, pos));
        return new Token(TokenKind.PARAMETER, start, spelled, index);
    }

    private Token operator() {
        int start = pos;
        while (pos < text.length() && "<>=!".indexOf(text.charAt(pos)) >= 0) {
            pos++;
        }
        String spelled = text.substring(start, pos);
        RelOp op = RelOp.ofSymbol(spelled);
        if (op == null) {
            String hint = spelled.equals("==") ? "use '=' to test equality"
                    : "expected one of =, <>, !=, <, <=, >, >=, LIKE";
            throw error(start, "unknown operator '" + spelled + "'", hint);
        }
        return new Token(TokenKind.OPERATOR, start, spelled, op);
    }

    private boolean startsNumber() {
        int p = pos;
        char c = text.charAt(p);
        if (c == '+' || c == '-') {
            p++;
        }
        if (p < text.length() && isAsciiDigit(text.charAt(p))) {
            return true;
        }
        return p + 1 < text.length() && text.charAt(p) == '.' && isAsciiDigit(text.charAt(p + 1));
    }

    private Token number() {
        int start = pos;
        if (text.charAt(pos) == '+' || text.charAt(pos) == '-') {
            pos++;
        }
        boolean isFloat = false;
        if (text.startsWith("0x", pos) || text.startsWith("0X", pos)) {
            pos += 2;
            while (pos < text.length() && Character.digit(text.charAt(pos), 16) >= 0) {
                pos++;
            }
        } else {
            skipDigits();
            if (pos < text.length() && text.charAt(pos) == '.') {
                isFloat = true;
                pos++;
                skipDigits();
            }
            if (pos < text.length() && (text.charAt(pos) == 'e' || text.charAt(pos) == 'E')) {
                int exponent = pos + 1;
                if (exponent < text.length() && (text.charAt(exponent) == '+' || text.charAt(exponent) == '-')) {
                    exponent++;
                }
                if (exponent < text.length() && isAsciiDigit(text.charAt(exponent))) {
                    isFloat = true;
                    pos = exponent;
                    skipDigits();
                }
            }
        }
        if (pos < text.length() && (isIdentifierPart(text.charAt(pos)) || text.charAt(pos) == '.')) {
            throw error(start, "malformed number '" + text.substring(start, endOfWord(pos)) + "'", null);
        }
        String spelled = text.substring(start, pos);
        try {
            return isFloat
                    ? new Token(TokenKind.FLOAT, start, spelled, NumberText.parseFloat(spelled))
                    : new Token(TokenKind.INTEGER, start, spelled, NumberText.parseInteger(spelled));
        } catch (NumberFormatException e) {
            boolean hexWithoutDigits = !isFloat && !NumberText.looksLikeInteger(spelled);
            throw error(start, (hexWithoutDigits ? "malformed number '" : "number out of range '") + spelled + "'",
                    null);
        }
    }

    private Token fieldOrKeyword() {
        int start = pos;
        List<PathSegment> segments = new ArrayList<>();
        segments.add(PathSegment.member(identifier(), start));
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c == '.') {
                pos++;
                if (pos >= text.length() || !(Character.isLetter(text.charAt(pos)) || text.charAt(pos) == '_')) {
                    throw error(pos, "expected a field name after '.'", null);
                }
                int namePos = pos;
                segments.add(PathSegment.member(identifier(), namePos));
            } else if (c == '[') {
                segments.add(index());
            } else {
                break;
            }
        }
        String spelled = text.substring(start, pos);
        if (segments.size() == 1) {
            TokenKind keyword = keyword(spelled);
            if (keyword != null) {
                return new Token(keyword, start, spelled, null);
            }
        }
        return new Token(TokenKind.FIELD, start, spelled, List.copyOf(segments));
    }

    private String identifier() {
        int start = pos;
        while (pos < text.length() && isIdentifierPart(text.charAt(pos))) {
            pos++;
        }
        return text.substring(start, pos);
    }

    private PathSegment index() {
        int open = pos;
        pos++;
        skipSpaces();
        int start = pos;
        while (pos < text.length() && (Character.isLetterOrDigit(text.charAt(pos)))) {
            pos++;
        }
        String spelled = text.substring(start, pos);
        if (spelled.isEmpty()) {
            throw error(start, "expected an index after '['", "write a non-negative integer such as [0]");
        }
        long index;
        try {
            index = NumberText.parseInteger(spelled);
        } catch (NumberFormatException e) {
            throw error(start, "malformed index '" + spelled + "'", "write a non-negative integer such as [0]");
        }
        if (index < 0 || index > Integer.MAX_VALUE) {
            throw error(start, "index out of range '" + spelled + "'", null);
        }
        skipSpaces();
        if (pos >= text.length() || text.charAt(pos) != ']') {
            throw error(pos, "expected ']'", "to close the '[' at position " + open);
        }
        pos++;
        return PathSegment.element((int) index, open);
    }

    private static TokenKind keyword(String word) {
        return switch (word.toUpperCase(Locale.ROOT)) {
            case "AND" -> TokenKind.AND;
            case "OR" -> TokenKind.OR;
            case "NOT" -> TokenKind.NOT;
            case "BETWEEN" -> TokenKind.BETWEEN;
            case "LIKE" -> TokenKind.LIKE;
            case "TRUE" -> TokenKind.TRUE;
            case "FALSE" -> TokenKind.FALSE;
            default -> null;
        };
    }

    private void skipDigits() {
        while (pos < text.length() && isAsciiDigit(text.charAt(pos))) {
            pos++;
        }
    }

    private void skipSpaces() {
        while (pos < text.length() && text.charAt(pos) == ' ') {
            pos++;
        }
    }

    private int endOfWord(int from) {
        int end = from;
        while (end < text.length() && (isIdentifierPart(text.charAt(end)) || text.charAt(end) == '.')) {
            end++;
        }
        return end;
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isIdentifierPart(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }

    private FilterSyntaxException error(int position, String problem, String hint) {
        return FilterSyntaxException.at(text, position, problem, hint);
    }
}
