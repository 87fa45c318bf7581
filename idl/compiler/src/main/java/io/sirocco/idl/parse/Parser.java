package io.sirocco.idl.parse;

import io.sirocco.idl.ast.AnnotationUse;
import io.sirocco.idl.ast.Declarator;
import io.sirocco.idl.ast.Definition;
import io.sirocco.idl.ast.Expr;
import io.sirocco.idl.ast.ScopedName;
import io.sirocco.idl.ast.TypeRef;
import io.sirocco.idl.diag.Diagnostics;
import io.sirocco.idl.diag.SourcePosition;
import io.sirocco.idl.lex.Token;
import io.sirocco.idl.lex.TokenKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Recursive-descent parser for the data-type part of IDL 4.2 (building blocks Core Data Types,
 * Extended Data Types and Annotations, without interfaces and value types). After a syntax error it
 * reports {@code file:line:col: message}, skips to the end of the member or definition and goes on,
 * so that one run shows several errors.
 */
public final class Parser {
    private static final Set<String> UNSUPPORTED = Set.of("interface", "valuetype", "exception", "component", "home",
            "eventtype", "porttype", "connector", "abstract", "local", "custom", "import", "typeid", "typeprefix",
            "bitset", "native");

    private final TokenCursor ts;
    private final ExpressionParser expressions;
    private final Diagnostics diagnostics;

    private Parser(List<Token> tokens, Diagnostics diagnostics) {
        this.ts = new TokenCursor(tokens, diagnostics);
        this.expressions = new ExpressionParser(ts);
        this.diagnostics = diagnostics;
    }

    /** Parses preprocessed tokens (ending with EOF) into definitions. */
    public static List<Definition> parse(List<Token> tokens, Diagnostics diagnostics) {
        return new Parser(tokens, diagnostics).specification();
    }

    private List<Definition> specification() {
        List<Definition> defs = new ArrayList<>();
        while (ts.peek().kind() != TokenKind.EOF) {
            if (ts.peek().is("}")) {
                ts.error(ts.peek(), "'}' without a matching '{'");
                ts.skip();
                continue;
            }
            definition(defs);
        }
        return defs;
    }

    // ---------------------------------------------------------------- definitions

    /** Parses one definition into {@code into}; recovers after a syntax error. */
    private void definition(List<Definition> into) {
        int startDepth = ts.depth();
        try {
            Token t = ts.peek();
            if (t.kind() == TokenKind.PRAGMA_KEYLIST) {
                ts.skip();
                into.add(keylist(t));
                return;
            }
            if (t.is("@") && ts.peekAt(1).isKeyword("annotation")) {
                skipAnnotationDeclaration();
                return;
            }
            List<AnnotationUse> annotations = annotations();
            Token k = ts.peek();
            Definition d;
            if (k.isKeyword("module")) {
                d = module(annotations);
            } else if (k.isKeyword("struct")) {
                d = struct(annotations);
            } else if (k.isKeyword("union")) {
                d = union(annotations);
            } else if (k.isKeyword("enum")) {
                d = enumeration(annotations);
            } else if (k.isKeyword("bitmask")) {
                d = bitmask(annotations);
            } else if (k.isKeyword("typedef")) {
                d = typedef(annotations);
            } else if (k.isKeyword("const")) {
                d = constant(annotations);
            } else if (k.kind() == TokenKind.IDENTIFIER && !k.escaped() && UNSUPPORTED.contains(k.text())) {
                ts.error(k, "'" + k.text() + "' declarations are not supported (only data types: module, struct, union, "
                        + "enum, bitmask, typedef, const)");
                throw new TokenCursor.SyntaxError();
            } else {
                ts.error(k, "expected a definition (module, struct, union, enum, bitmask, typedef or const), found "
                        + k.describe());
                throw new TokenCursor.SyntaxError();
            }
            ts.expect(";");
            into.add(d);
        } catch (TokenCursor.SyntaxError e) {
            ts.recover(startDepth);
        }
    }

    private Definition module(List<AnnotationUse> annotations) {
        Token kw = ts.take();
        String name = ts.identifier("module name");
        ts.open();
        List<Definition> body = new ArrayList<>();
        while (!ts.peek().is("}")) {
            if (ts.peek().kind() == TokenKind.EOF) {
                ts.error(ts.peek(), "missing '}' at the end of module " + name);
                throw new TokenCursor.SyntaxError();
            }
            definition(body);
        }
        ts.close();
        if (body.isEmpty()) {
            diagnostics.error(kw.position(), "module " + name + " is empty");
        }
        return new Definition.Module(name, annotations, body, kw.position());
    }

    private Definition struct(List<AnnotationUse> annotations) {
        Token kw = ts.take();
        String name = ts.identifier("struct name");
        if (ts.peek().is(";")) {
            return new Definition.Struct(name, annotations, null, null, kw.position());
        }
        ScopedName base = null;
        if (ts.peek().is(":")) {
            ts.skip();
            base = ts.scopedName();
        }
        ts.open();
        List<Definition.Member> members = new ArrayList<>();
        int bodyDepth = ts.depth();
        while (!ts.peek().is("}")) {
            if (ts.peek().kind() == TokenKind.EOF) {
                ts.error(ts.peek(), "missing '}' at the end of struct " + name);
                throw new TokenCursor.SyntaxError();
            }
            try {
                Token start = ts.peek();
                List<AnnotationUse> memberAnnotations = annotations();
                TypeRef type = typeSpec();
                List<Declarator> declarators = declarators();
                ts.expect(";");
                members.add(new Definition.Member(memberAnnotations, type, declarators, start.position()));
            } catch (TokenCursor.SyntaxError e) {
                ts.recover(bodyDepth);
            }
        }
        ts.close();
        return new Definition.Struct(name, annotations, base, members, kw.position());
    }

    private Definition union(List<AnnotationUse> annotations) {
        Token kw = ts.take();
        String name = ts.identifier("union name");
        if (ts.peek().is(";")) {
            return new Definition.Union(name, annotations, null, List.of(), null, kw.position());
        }
        ts.expectKeyword("switch");
        ts.expect("(");
        List<AnnotationUse> discAnnotations = annotations();
        TypeRef disc = typeSpec();
        ts.expect(")");
        ts.open();
        List<Definition.Case> cases = new ArrayList<>();
        int bodyDepth = ts.depth();
        while (!ts.peek().is("}")) {
            if (ts.peek().kind() == TokenKind.EOF) {
                ts.error(ts.peek(), "missing '}' at the end of union " + name);
                throw new TokenCursor.SyntaxError();
            }
            try {
                Token start = ts.peek();
                List<Definition.Label> labels = new ArrayList<>();
                while (ts.peek().isKeyword("case") || ts.peek().isKeyword("default")) {
                    Token l = ts.take();
                    Expr value = l.isKeyword("case") ? expressions.constExpr() : null;
                    ts.expect(":");
                    labels.add(new Definition.Label(value, l.position()));
                }
                if (labels.isEmpty()) {
                    ts.error(ts.peek(), "expected 'case' or 'default', found " + ts.peek().describe());
                    throw new TokenCursor.SyntaxError();
                }
                List<AnnotationUse> caseAnnotations = annotations();
                TypeRef type = typeSpec();
                Declarator d = declarator();
                ts.expect(";");
                cases.add(new Definition.Case(labels, caseAnnotations, type, d, start.position()));
            } catch (TokenCursor.SyntaxError e) {
                ts.recover(bodyDepth);
            }
        }
        ts.close();
        if (cases.isEmpty()) {
            diagnostics.error(kw.position(), "union " + name + " has no cases");
        }
        return new Definition.Union(name, annotations, disc, discAnnotations, cases, kw.position());
    }

    private Definition enumeration(List<AnnotationUse> annotations) {
        Token kw = ts.take();
        String name = ts.identifier("enum name");
        return new Definition.Enum(name, annotations, literals("enumerator"), kw.position());
    }

    private Definition bitmask(List<AnnotationUse> annotations) {
        Token kw = ts.take();
        String name = ts.identifier("bitmask name");
        return new Definition.Bitmask(name, annotations, literals("bit flag"), kw.position());
    }

    private List<Definition.Literal> literals(String what) {
        ts.open();
        List<Definition.Literal> out = new ArrayList<>();
        do {
            if (ts.peek().is("}") && !out.isEmpty()) {
                break; // tolerate a trailing comma
            }
            List<AnnotationUse> a = annotations();
            Token t = ts.peek();
            out.add(new Definition.Literal(ts.identifier(what), a, t.position()));
        } while (ts.accept(","));
        ts.close();
        return out;
    }

    private Definition typedef(List<AnnotationUse> annotations) {
        Token kw = ts.take();
        List<AnnotationUse> all = new ArrayList<>(annotations);
        all.addAll(annotations());
        if (ts.peek().isKeyword("struct") || ts.peek().isKeyword("union") || ts.peek().isKeyword("enum")) {
            ts.error(ts.peek(), "declare the " + ts.peek().text() + " first, then typedef its name");
            throw new TokenCursor.SyntaxError();
        }
        TypeRef type = typeSpec();
        return new Definition.Typedef(all, type, declarators(), kw.position());
    }

    private Definition constant(List<AnnotationUse> annotations) {
        Token kw = ts.take();
        TypeRef type = typeSpec();
        String name = ts.identifier("constant name");
        ts.expect("=");
        Expr value = expressions.constExpr();
        return new Definition.Const(annotations, type, name, value, kw.position());
    }

    private Definition keylist(Token pragma) {
        @SuppressWarnings("unchecked")
        List<Token> words = (List<Token>) pragma.value();
        if (words.isEmpty() || words.getFirst().kind() != TokenKind.IDENTIFIER) {
            diagnostics.error(pragma.position(), "#pragma keylist needs a type name");
            return new Definition.Keylist(new ScopedName(false, List.of("?"), pragma.position()), List.of(), List.of(),
                    pragma.position());
        }
        // the type name may be scoped: A::B
        List<String> parts = new ArrayList<>();
        int i = 0;
        boolean absolute = false;
        if (words.getFirst().is("::")) {
            absolute = true;
            i++;
        }
        parts.add(words.get(i).text());
        i++;
        while (i + 1 < words.size() && words.get(i).is("::")) {
            parts.add(words.get(i + 1).text());
            i += 2;
        }
        List<String> keys = new ArrayList<>();
        List<SourcePosition> positions = new ArrayList<>();
        for (; i < words.size(); i++) {
            Token w = words.get(i);
            if (w.is(",")) {
                continue;
            }
            if (w.kind() != TokenKind.IDENTIFIER) {
                diagnostics.error(w.position(), "expected a key member name in #pragma keylist, found " + w.describe());
                continue;
            }
            StringBuilder key = new StringBuilder(w.text());
            while (i + 2 < words.size() && words.get(i + 1).is(".")) {
                key.append('.').append(words.get(i + 2).text());
                i += 2;
            }
            keys.add(key.toString());
            positions.add(w.position());
        }
        return new Definition.Keylist(new ScopedName(absolute, parts, words.getFirst().position()), keys, positions,
                pragma.position());
    }

    private void skipAnnotationDeclaration() {
        // @annotation name { ... }; -- user-defined annotation types are accepted and ignored
        Token at = ts.take();
        ts.take();
        diagnostics.warning(at.position(), "annotation declarations are ignored");
        int startDepth = ts.depth();
        while (ts.peek().kind() != TokenKind.EOF && !ts.peek().is("{")) {
            ts.skip();
        }
        if (ts.peek().is("{")) {
            ts.open();
            ts.recover(startDepth + 1);
            ts.close();
        }
        ts.expect(";");
    }

    // ---------------------------------------------------------------- annotations

    private List<AnnotationUse> annotations() {
        List<AnnotationUse> out = new ArrayList<>();
        while (ts.peek().is("@")) {
            Token at = ts.take();
            String name = annotationName();
            List<AnnotationUse.Param> params = new ArrayList<>();
            if (ts.accept("(")) {
                if (!ts.peek().is(")")) {
                    do {
                        if (ts.peek().kind() == TokenKind.IDENTIFIER && ts.peekAt(1).is("=")) {
                            String p = ts.take().text();
                            ts.skip();
                            params.add(new AnnotationUse.Param(p, expressions.constExpr()));
                        } else {
                            params.add(new AnnotationUse.Param(null, expressions.constExpr()));
                        }
                    } while (ts.accept(","));
                }
                ts.expect(")");
            }
            out.add(new AnnotationUse(name, params, at.position()));
        }
        return out;
    }

    /** An annotation name, possibly scoped ({@code @::m::ann}); keywords such as {@code default} are allowed. */
    private String annotationName() {
        ts.accept("::");
        String name;
        do {
            Token t = ts.peek();
            if (t.kind() != TokenKind.IDENTIFIER) {
                ts.error(t, "expected an annotation name, found " + t.describe());
                throw new TokenCursor.SyntaxError();
            }
            ts.skip();
            name = t.text();
        } while (ts.accept("::"));
        return name;
    }

    // ---------------------------------------------------------------- types

    private TypeRef typeSpec() {
        Token t = ts.peek();
        if (t.is("::") || (t.kind() == TokenKind.IDENTIFIER && (t.escaped() || !TokenCursor.KEYWORDS.contains(t.text())))) {
            ScopedName name = ts.scopedName();
            return new TypeRef.Named(name, name.position());
        }
        if (t.kind() != TokenKind.IDENTIFIER) {
            ts.error(t, "expected a type, found " + t.describe());
            throw new TokenCursor.SyntaxError();
        }
        switch (t.text()) {
            case "sequence" -> {
                ts.skip();
                ts.expect("<");
                ts.enterAngles();
                TypeRef element = typeSpec();
                Expr bound = null;
                if (ts.accept(",")) {
                    bound = expressions.constExpr();
                }
                ts.leaveAngles();
                ts.expectCloseAngle();
                return new TypeRef.Sequence(element, bound, t.position());
            }
            case "string", "wstring" -> {
                ts.skip();
                Expr bound = null;
                if (ts.accept("<")) {
                    ts.enterAngles();
                    bound = expressions.constExpr();
                    ts.leaveAngles();
                    ts.expectCloseAngle();
                }
                return new TypeRef.Str(t.text().equals("wstring"), bound, t.position());
            }
            case "unsigned" -> {
                ts.skip();
                if (ts.acceptKeyword("short")) {
                    return new TypeRef.Base("unsigned short", t.position());
                }
                if (ts.acceptKeyword("long")) {
                    return new TypeRef.Base(ts.acceptKeyword("long") ? "unsigned long long" : "unsigned long", t.position());
                }
                ts.error(ts.peek(), "expected 'short' or 'long' after 'unsigned', found " + ts.peek().describe());
                throw new TokenCursor.SyntaxError();
            }
            case "long" -> {
                ts.skip();
                if (ts.acceptKeyword("long")) {
                    return new TypeRef.Base("long long", t.position());
                }
                if (ts.acceptKeyword("double")) {
                    ts.error(t, "long double is not supported");
                    throw new TokenCursor.SyntaxError();
                }
                return new TypeRef.Base("long", t.position());
            }
            case "short", "float", "double", "char", "wchar", "boolean", "octet", "int8", "uint8", "int16", "uint16",
                 "int32", "uint32", "int64", "uint64" -> {
                ts.skip();
                return new TypeRef.Base(t.text(), t.position());
            }
            case "fixed", "any", "Object", "ValueBase", "map", "void" -> {
                ts.error(t, "type '" + t.text() + "' is not supported");
                throw new TokenCursor.SyntaxError();
            }
            default -> {
                ts.error(t, "'" + t.text() + "' is a keyword, not a type");
                throw new TokenCursor.SyntaxError();
            }
        }
    }

    private List<Declarator> declarators() {
        List<Declarator> out = new ArrayList<>();
        do {
            out.add(declarator());
        } while (ts.accept(","));
        return out;
    }

    private Declarator declarator() {
        Token t = ts.peek();
        String name = ts.identifier("name");
        List<Expr> dims = new ArrayList<>();
        while (ts.accept("[")) {
            dims.add(expressions.constExpr());
            ts.expect("]");
        }
        return new Declarator(name, dims, t.position());
    }
}
