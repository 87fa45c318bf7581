package io.sirocco.idl.lex;

import io.sirocco.idl.diag.Diagnostics;
import io.sirocco.idl.diag.SourcePosition;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The C-preprocessor subset IDL files use, applied to the token stream: {@code #include "f"} and
 * {@code #include <f>} (the including file's folder, then the include path; only the include path
 * for {@code <f>}), object-like {@code #define} and {@code #undef}, {@code #ifdef}, {@code #ifndef},
 * {@code #if}, {@code #elif}, {@code #else}, {@code #endif}, {@code #error}, {@code #warning} and
 * {@code #pragma once}. {@code #pragma keylist} lines are handed to the parser as
 * {@link TokenKind#PRAGMA_KEYLIST} tokens; other pragmas and {@code #line} are ignored.
 * Function-like macros are reported as unsupported.
 */
public final class Preprocessor {
    private static final int MAX_INCLUDE_DEPTH = 64;

    private final Diagnostics diagnostics;
    private final List<Path> includePath;
    private final Map<String, List<Token>> macros = new HashMap<>();
    private final Set<Path> filesRead = new LinkedHashSet<>();
    private final Set<Path> onceOnly = new HashSet<>();
    private final Deque<Path> includeStack = new ArrayDeque<>();
    private final List<Token> out = new ArrayList<>();
    private SourcePosition end;

    /**
     * @param includePath folders searched by {@code #include}, in order
     * @param defines macros defined before the first line ({@code -D name=value}; value may be empty)
     */
    public Preprocessor(Diagnostics diagnostics, List<Path> includePath, Map<String, String> defines) {
        this.diagnostics = diagnostics;
        this.includePath = List.copyOf(includePath);
        for (Map.Entry<String, String> d : defines.entrySet()) {
            List<Token> body = new ArrayList<>(Lexer.fragment(d.getValue(), "<command line>", 1, 1, diagnostics));
            body.removeLast();
            macros.put(d.getKey(), body);
        }
    }

    /** The tokens of {@code file} with everything it includes, preprocessed, ending with one EOF. */
    public List<Token> run(Path file) {
        out.clear();
        SourcePosition start = new SourcePosition(file.toString(), 1, 1);
        end = start;
        include(file, start);
        out.add(new Token(TokenKind.EOF, "", null, end, false, false));
        return List.copyOf(out);
    }

    /** Every file read so far (main files and includes), for up-to-date checks. */
    public Set<Path> filesRead() {
        return Set.copyOf(filesRead);
    }

    // ---------------------------------------------------------------- files

    private void include(Path file, SourcePosition from) {
        Path normalized = file.toAbsolutePath().normalize();
        if (onceOnly.contains(normalized)) {
            return;
        }
        if (includeStack.contains(normalized)) {
            diagnostics.error(from, "recursive #include of " + file);
            return;
        }
        if (includeStack.size() >= MAX_INCLUDE_DEPTH) {
            diagnostics.error(from, "#include nested more than " + MAX_INCLUDE_DEPTH + " levels deep");
            return;
        }
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
            if (text.startsWith("\uFEFF")) {
                text = text.substring(1); // a byte-order mark is not part of the IDL
            }
        } catch (IOException | RuntimeException e) {
            diagnostics.error(from, "cannot read " + file + ": " + describe(e));
            return;
        }
        filesRead.add(normalized);
        includeStack.push(normalized);
        try {
            process(Lexer.file(text, file.toString(), diagnostics), file, normalized);
        } finally {
            includeStack.pop();
        }
    }

    private static String describe(Exception e) {
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof java.nio.charset.MalformedInputException) {
            return "not UTF-8 text";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    /** One frame of {@code #if} nesting. */
    private static final class Conditional {
        final SourcePosition opened;
        final boolean parentActive;
        boolean taken;
        boolean active;
        boolean sawElse;

        Conditional(SourcePosition opened, boolean parentActive, boolean condition) {
            this.opened = opened;
            this.parentActive = parentActive;
            this.active = parentActive && condition;
            this.taken = condition;
        }
    }

    private void process(List<Token> tokens, Path file, Path normalized) {
        Deque<Conditional> conditions = new ArrayDeque<>();
        for (Token t : tokens) {
            if (t.kind() == TokenKind.EOF) {
                if (includeStack.size() == 1) {
                    end = t.position(); // errors at the end of input point at the end of the main file
                }
                break;
            }
            boolean active = conditions.isEmpty() || conditions.peek().active;
            if (t.kind() == TokenKind.DIRECTIVE) {
                directive(t, file, normalized, conditions, active);
            } else if (active) {
                emit(t, t.position(), new HashSet<>());
            }
        }
        while (!conditions.isEmpty()) {
            diagnostics.error(conditions.pop().opened, "#if without #endif");
        }
    }

    /** Appends {@code t}, expanding macros (each at most once along one expansion chain). */
    private void emit(Token t, SourcePosition where, Set<String> expanding) {
        if (t.kind() == TokenKind.IDENTIFIER && !t.escaped() && macros.containsKey(t.text())
                && !expanding.contains(t.text())) {
            expanding.add(t.text());
            for (Token b : macros.get(t.text())) {
                emit(b.at(where), where, expanding);
            }
            expanding.remove(t.text());
            return;
        }
        out.add(t);
    }

    // ---------------------------------------------------------------- directives

    private void directive(Token d, Path file, Path normalized, Deque<Conditional> conditions, boolean active) {
        SourcePosition body = (SourcePosition) d.value();
        List<Token> words = Lexer.fragment(d.text(), body.file(), body.line(), body.column(), diagnostics);
        if (words.getFirst().kind() == TokenKind.EOF) {
            return; // a lone '#' is a null directive
        }
        Token name = words.getFirst();
        List<Token> args = words.subList(1, words.size() - 1);
        String keyword = name.kind() == TokenKind.IDENTIFIER ? (name.escaped() ? "_" : "") + name.text() : name.text();
        switch (keyword) {
            case "ifdef", "ifndef" -> {
                boolean defined = args.size() == 1 && args.getFirst().kind() == TokenKind.IDENTIFIER
                        && macros.containsKey(args.getFirst().text());
                if (active && (args.size() != 1 || args.getFirst().kind() != TokenKind.IDENTIFIER)) {
                    diagnostics.error(name.position(), "#" + keyword + " needs one macro name");
                }
                conditions.push(new Conditional(d.position(), active, keyword.equals("ifdef") == defined));
            }
            case "if" -> conditions.push(new Conditional(d.position(), active, active && condition(name, args)));
            case "elif" -> {
                Conditional c = conditions.peek();
                if (c == null || c.sawElse) {
                    diagnostics.error(d.position(), c == null ? "#elif without #if" : "#elif after #else");
                    return;
                }
                boolean now = !c.taken && c.parentActive && condition(name, args);
                c.active = c.parentActive && now;
                c.taken |= now;
            }
            case "else" -> {
                Conditional c = conditions.peek();
                if (c == null || c.sawElse) {
                    diagnostics.error(d.position(), c == null ? "#else without #if" : "#else after #else");
                    return;
                }
                c.sawElse = true;
                c.active = c.parentActive && !c.taken;
                c.taken = true;
            }
            case "endif" -> {
                if (conditions.isEmpty()) {
                    diagnostics.error(d.position(), "#endif without #if");
                } else {
                    conditions.pop();
                }
            }
            default -> {
                if (active) {
                    activeDirective(keyword, name, args, d, file, normalized);
                }
            }
        }
    }

    private void activeDirective(String keyword, Token name, List<Token> args, Token d, Path file, Path normalized) {
        switch (keyword) {
            case "define" -> define(name, args, d);
            case "undef" -> {
                if (args.size() != 1 || args.getFirst().kind() != TokenKind.IDENTIFIER) {
                    diagnostics.error(name.position(), "#undef needs one macro name");
                } else {
                    macros.remove(args.getFirst().text());
                }
            }
            case "include" -> includeDirective(d, file);
            case "pragma" -> pragma(args, d, normalized);
            case "error" -> diagnostics.error(d.position(), "#error" + restOfLine(d.text(), "error"));
            case "warning" -> diagnostics.warning(d.position(), "#warning" + restOfLine(d.text(), "warning"));
            case "line" -> {
                // positions stay those of the real file
            }
            default -> diagnostics.error(name.position(), "unknown preprocessor directive '#" + keyword + "'");
        }
    }

    private static String restOfLine(String text, String keyword) {
        String rest = text.strip().substring(keyword.length()).strip();
        return rest.isEmpty() ? "" : " " + rest;
    }

    private void define(Token name, List<Token> args, Token d) {
        if (args.isEmpty() || args.getFirst().kind() != TokenKind.IDENTIFIER) {
            diagnostics.error(name.position(), "#define needs a macro name");
            return;
        }
        Token macro = args.getFirst();
        if (args.size() > 1 && args.get(1).is("(")
                && args.get(1).position().line() == macro.position().line()
                && args.get(1).position().column() == macro.position().column() + macro.text().length()
                        + (macro.escaped() ? 1 : 0)) {
            diagnostics.error(macro.position(), "function-like macro '" + macro.text() + "' is not supported");
            return;
        }
        macros.put(macro.text(), List.copyOf(args.subList(1, args.size())));
    }

    private void pragma(List<Token> args, Token d, Path normalized) {
        if (args.isEmpty()) {
            return;
        }
        Token what = args.getFirst();
        if (what.isKeyword("once")) {
            onceOnly.add(normalized);
        } else if (what.isKeyword("keylist")) {
            List<Token> rest = args.subList(1, args.size());
            out.add(new Token(TokenKind.PRAGMA_KEYLIST, "keylist", List.copyOf(rest), what.position(), false, false));
        }
        // any other pragma is meant for another tool
    }

    private void includeDirective(Token d, Path file) {
        SourcePosition body = (SourcePosition) d.value();
        String text = d.text().strip();
        String rest = text.substring("include".length()).strip();
        boolean quoted = rest.startsWith("\"");
        boolean angled = rest.startsWith("<");
        int close = quoted ? rest.indexOf('"', 1) : angled ? rest.indexOf('>', 1) : -1;
        if (close < 0) {
            // maybe a macro naming the file
            List<Token> words = Lexer.fragment(rest, body.file(), body.line(), body.column(), diagnostics);
            if (words.size() == 2 && words.getFirst().kind() == TokenKind.IDENTIFIER
                    && macros.containsKey(words.getFirst().text())) {
                List<Token> value = macros.get(words.getFirst().text());
                if (value.size() == 1 && value.getFirst().kind() == TokenKind.STRING) {
                    resolveInclude(value.getFirst().text(), true, d.position(), file);
                    return;
                }
            }
            diagnostics.error(d.position(), "#include needs \"file\" or <file>");
            return;
        }
        resolveInclude(rest.substring(1, close), quoted, d.position(), file);
    }

    private void resolveInclude(String name, boolean quoted, SourcePosition at, Path file) {
        if (name.isEmpty()) {
            diagnostics.error(at, "#include of an empty file name");
            return;
        }
        List<Path> candidates = new ArrayList<>();
        Path asked = Path.of(name);
        if (asked.isAbsolute()) {
            candidates.add(asked);
        } else {
            if (quoted) {
                Path dir = file.getParent();
                candidates.add(dir == null ? asked : dir.resolve(asked));
            }
            for (Path dir : includePath) {
                candidates.add(dir.resolve(asked));
            }
        }
        for (Path candidate : candidates) {
            if (Files.isRegularFile(candidate)) {
                include(candidate, at);
                return;
            }
        }
        diagnostics.error(at, "cannot find include file '" + name + "'"
                + (includePath.isEmpty() ? " (no include path given; use -I)" : ""));
    }

    // ---------------------------------------------------------------- #if

    private boolean condition(Token directive, List<Token> args) {
        List<Token> expanded = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            Token t = args.get(i);
            if (t.isKeyword("defined")) {
                boolean paren = i + 1 < args.size() && args.get(i + 1).is("(");
                int nameAt = paren ? i + 2 : i + 1;
                if (nameAt >= args.size() || args.get(nameAt).kind() != TokenKind.IDENTIFIER
                        || (paren && (nameAt + 1 >= args.size() || !args.get(nameAt + 1).is(")")))) {
                    diagnostics.error(t.position(), "'defined' needs a macro name");
                    return false;
                }
                boolean isDefined = macros.containsKey(args.get(nameAt).text());
                expanded.add(new Token(TokenKind.INTEGER, isDefined ? "1" : "0",
                        java.math.BigInteger.valueOf(isDefined ? 1 : 0), t.position(), false, false));
                i = paren ? nameAt + 1 : nameAt;
            } else {
                int before = out.size();
                emit(t, t.position(), new HashSet<>());
                expanded.addAll(out.subList(before, out.size()));
                out.subList(before, out.size()).clear();
            }
        }
        if (expanded.isEmpty()) {
            diagnostics.error(directive.position(), "#" + directive.text() + " without a condition");
            return false;
        }
        return new ConditionEvaluator(expanded, diagnostics).evaluate() != 0;
    }
}
