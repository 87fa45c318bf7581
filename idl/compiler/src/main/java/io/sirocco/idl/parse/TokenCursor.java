package io.sirocco.idl.parse;

import io.sirocco.idl.ast.ScopedName;
import io.sirocco.idl.diag.Diagnostics;
import io.sirocco.idl.diag.SourcePosition;
import io.sirocco.idl.lex.Token;
import io.sirocco.idl.lex.TokenKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The parser's position in the token list, with the token-level helpers the grammar rules share:
 * expecting and accepting punctuation and keywords, identifiers (which may not be keywords), scoped
 * names, the brace depth for error recovery, and the {@code <...>} nesting in which {@code >>}
 * closes two template types.
 */
final class TokenCursor {
    static final Set<String> KEYWORDS = Set.of("abstract", "any", "alias", "attribute", "bitfield", "bitmask",
            "bitset", "boolean", "case", "char", "component", "connector", "const", "consumes", "context", "custom",
            "default", "double", "exception", "emits", "enum", "eventtype", "factory", "FALSE", "finder", "fixed",
            "float", "getraises", "getter", "home", "import", "in", "inout", "interface", "local", "long", "manages",
            "map", "mirrorport", "module", "multiple", "native", "Object", "octet", "oneway", "out", "primarykey",
            "private", "port", "porttype", "provides", "public", "publishes", "raises", "readonly", "setraises",
            "setter", "sequence", "short", "string", "struct", "supports", "switch", "TRUE", "truncatable", "typedef",
            "typeid", "typename", "typeprefix", "unsigned", "union", "uses", "ValueBase", "valuetype", "void", "wchar",
            "wstring", "int8", "uint8", "int16", "int32", "int64", "uint16", "uint32", "uint64");
    /** Thrown after a syntax error has been reported; caught where parsing can resume. */
    static final class SyntaxError extends RuntimeException {
        private static final long serialVersionUID = 1L;

        SyntaxError() {
            super(null, null, false, false);
        }
    }

    private final List<Token> tokens;
    private final Diagnostics diagnostics;
    private int next;
    private int depth;
    /** Inside {@code <...>} of a template type, where {@code >>} closes two templates rather than shifts. */
    private int angles;

    TokenCursor(List<Token> tokens, Diagnostics diagnostics) {
        this.tokens = new ArrayList<>(tokens);
        this.diagnostics = diagnostics;
    }

    /** Number of braces opened and not yet closed. */
    int depth() {
        return depth;
    }

    /** Moves past the current token. */
    void skip() {
        next++;
    }

    void enterAngles() {
        angles++;
    }

    void leaveAngles() {
        angles--;
    }

    /** Whether {@code >>} is a shift here (not inside a template's angle brackets). */
    boolean shiftsAllowed() {
        return angles == 0;
    }

    /** Runs {@code body} with shifts allowed again (inside parentheses). */
    <T> T inParentheses(java.util.function.Supplier<T> body) {
        int outer = angles;
        angles = 0;
        try {
            return body.get();
        } finally {
            angles = outer;
        }
    }

    /** Skips to the end of the broken definition: a ';' or a closing '}' at {@code startDepth}. */
    void recover(int startDepth) {
        while (true) {
            Token t = peek();
            if (t.kind() == TokenKind.EOF) {
                return;
            }
            if (t.is("{")) {
                depth++;
            } else if (t.is("}")) {
                if (depth == startDepth) {
                    return;
                }
                depth--;
            } else if (t.is(";") && depth == startDepth) {
                next++;
                return;
            }
            next++;
        }
    }

    boolean accept(String p) {
        if (peek().is(p)) {
            next++;
            return true;
        }
        return false;
    }

    boolean acceptKeyword(String k) {
        if (peek().isKeyword(k)) {
            next++;
            return true;
        }
        return false;
    }

    /** Expects '>', splitting a '>>' that closes two template types. */
    void expectCloseAngle() {
        Token t = peek();
        if (t.is(">>")) {
            SourcePosition p = t.position();
            tokens.set(next, new Token(TokenKind.PUNCT, ">", null,
                    new SourcePosition(p.file(), p.line(), p.column() + 1), false, false));
            return;
        }
        expect(">");
    }

    ScopedName scopedName() {
        Token first = peek();
        boolean absolute = accept("::");
        List<String> parts = new ArrayList<>();
        parts.add(identifier("name"));
        while (peek().is("::")) {
            next++;
            parts.add(identifier("name"));
        }
        return new ScopedName(absolute, parts, first.position());
    }

    // ---------------------------------------------------------------- tokens

    Token peek() {
        return tokens.get(next);
    }

    Token peekAt(int ahead) {
        return tokens.get(Math.min(next + ahead, tokens.size() - 1));
    }

    Token take() {
        Token t = tokens.get(next);
        if (t.kind() != TokenKind.EOF) {
            next++;
        }
        return t;
    }

    void open() {
        expect("{");
        depth++;
    }

    void close() {
        expect("}");
        depth--;
    }

    void expect(String p) {
        if (!peek().is(p)) {
            error(peek(), "expected '" + p + "', found " + peek().describe());
            throw new SyntaxError();
        }
        next++;
    }

    void expectKeyword(String k) {
        if (!peek().isKeyword(k)) {
            error(peek(), "expected '" + k + "', found " + peek().describe());
            throw new SyntaxError();
        }
        next++;
    }

    String identifier(String what) {
        Token t = peek();
        if (t.kind() != TokenKind.IDENTIFIER) {
            error(t, "expected " + what + ", found " + t.describe());
            throw new SyntaxError();
        }
        if (!t.escaped() && KEYWORDS.contains(t.text())) {
            error(t, "'" + t.text() + "' is a keyword and cannot be used as " + what + " (write _" + t.text() + ")");
            throw new SyntaxError();
        }
        next++;
        return t.text();
    }

    void error(Token at, String message) {
        diagnostics.error(at.position(), message);
    }
}
