package io.sirocco.idl.sema;

import io.sirocco.idl.ast.Declarator;
import io.sirocco.idl.ast.Definition;
import io.sirocco.idl.ast.Expr;
import io.sirocco.idl.ast.TypeRef;
import io.sirocco.idl.diag.Diagnostics;
import io.sirocco.idl.diag.SourcePosition;
import io.sirocco.idl.model.AliasDecl;
import io.sirocco.idl.model.ArrayType;
import io.sirocco.idl.model.ConstValue;
import io.sirocco.idl.model.ConstantDecl;
import io.sirocco.idl.model.Declaration;
import io.sirocco.idl.model.EnumType;
import io.sirocco.idl.model.Extensibility;
import io.sirocco.idl.model.Field;
import io.sirocco.idl.model.IdlType;
import io.sirocco.idl.model.PrimitiveType;
import io.sirocco.idl.model.SequenceType;
import io.sirocco.idl.model.StringType;
import io.sirocco.idl.model.StructType;
import io.sirocco.idl.model.UnionType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The semantic pass: walks the syntax tree in order (IDL requires declaration before use), builds
 * scopes, resolves names and types, evaluates constants and checks the rules of IDL 4.2 and
 * DDS-XTypes that matter for Java and XCDR. Errors are reported with their position and the pass
 * goes on with the next definition.
 */
public final class Resolver {
    private static final Map<String, PrimitiveType> BASE_TYPES = Map.ofEntries(
            Map.entry("boolean", PrimitiveType.BOOLEAN), Map.entry("octet", PrimitiveType.OCTET),
            Map.entry("char", PrimitiveType.CHAR), Map.entry("wchar", PrimitiveType.WCHAR),
            Map.entry("int8", PrimitiveType.INT8), Map.entry("uint8", PrimitiveType.UINT8),
            Map.entry("short", PrimitiveType.INT16), Map.entry("int16", PrimitiveType.INT16),
            Map.entry("unsigned short", PrimitiveType.UINT16), Map.entry("uint16", PrimitiveType.UINT16),
            Map.entry("long", PrimitiveType.INT32), Map.entry("int32", PrimitiveType.INT32),
            Map.entry("unsigned long", PrimitiveType.UINT32), Map.entry("uint32", PrimitiveType.UINT32),
            Map.entry("long long", PrimitiveType.INT64), Map.entry("int64", PrimitiveType.INT64),
            Map.entry("unsigned long long", PrimitiveType.UINT64), Map.entry("uint64", PrimitiveType.UINT64),
            Map.entry("float", PrimitiveType.FLOAT), Map.entry("double", PrimitiveType.DOUBLE));

    final Diagnostics diagnostics;
    final ConstEvaluator constants;
    final Extensibility defaultExtensibility;
    private final Scope global = new Scope(null, List.of());
    private final List<Declaration> declarations = new ArrayList<>();
    private final Map<StructType, SourcePosition> forwardStructs = new LinkedHashMap<>();
    private final Map<UnionType, SourcePosition> forwardUnions = new LinkedHashMap<>();
    private final Aggregates aggregates;
    private final Enumerations enumerations;

    private Resolver(Diagnostics diagnostics, Extensibility defaultExtensibility) {
        this.diagnostics = diagnostics;
        this.constants = new ConstEvaluator(diagnostics);
        this.defaultExtensibility = defaultExtensibility;
        this.aggregates = new Aggregates(this);
        this.enumerations = new Enumerations(this);
    }

    /**
     * Resolves parsed definitions into declarations, in source order.
     *
     * @param defaultExtensibility the extensibility of structs and unions that declare none
     */
    public static List<Declaration> resolve(List<Definition> definitions, Diagnostics diagnostics,
            Extensibility defaultExtensibility) {
        Resolver r = new Resolver(diagnostics, defaultExtensibility);
        r.definitions(definitions, r.global, false);
        r.forwardStructs.forEach((s, at) -> {
            if (!s.isDefined()) {
                diagnostics.error(at, "struct " + s.scopedName() + " is declared but never defined");
            }
        });
        r.forwardUnions.forEach((u, at) -> {
            if (!u.isDefined()) {
                diagnostics.error(at, "union " + u.scopedName() + " is declared but never defined");
            }
        });
        return List.copyOf(r.declarations);
    }

    private void definitions(List<Definition> definitions, Scope scope, boolean hashIds) {
        for (Definition d : definitions) {
            switch (d) {
                case Definition.Module m -> module(m, scope, hashIds);
                case Definition.Struct s -> aggregates.struct(s, scope, hashIds);
                case Definition.Union u -> aggregates.union(u, scope);
                case Definition.Enum e -> enumerations.enumeration(e, scope);
                case Definition.Bitmask b -> enumerations.bitmask(b, scope);
                case Definition.Typedef t -> typedef(t, scope);
                case Definition.Const c -> constant(c, scope);
                case Definition.Keylist k -> keylist(k, scope);
            }
        }
    }

    private void module(Definition.Module m, Scope scope, boolean hashIds) {
        Annotations a = Annotations.check(m.annotations(), Annotations.Place.MODULE, diagnostics);
        Symbol existing = scope.local(m.name());
        Scope inner;
        if (existing instanceof Symbol.Module reopened) {
            inner = reopened.scope();
        } else {
            inner = scope.child(m.name());
            if (!declare(scope, m.name(), new Symbol.Module(inner, m.position()), m.position())) {
                return;
            }
        }
        definitions(m.body(), inner, autoidHash(a, hashIds));
    }

    /** Whether {@code @autoid(HASH)} applies, given the enclosing default. */
    boolean autoidHash(Annotations a, boolean inherited) {
        if (!a.has("autoid")) {
            return inherited;
        }
        if (a.value("autoid") == null) {
            return false; // plain @autoid means SEQUENTIAL
        }
        String kind = a.word("autoid", diagnostics);
        if (kind == null) {
            return inherited;
        }
        return switch (kind) {
            case "SEQUENTIAL" -> false;
            case "HASH" -> true;
            default -> {
                diagnostics.error(a.position("autoid"), "@autoid takes SEQUENTIAL or HASH, not " + kind);
                yield inherited;
            }
        };
    }

    private void typedef(Definition.Typedef t, Scope scope) {
        Annotations.check(t.annotations(), Annotations.Place.TYPEDEF, diagnostics);
        IdlType type = type(t.type(), scope);
        for (Declarator d : t.declarators()) {
            IdlType target = withDimensions(type, d, scope);
            if (target == null) {
                continue;
            }
            AliasDecl alias = new AliasDecl(d.name(), scope.path(), d.position(), target);
            if (declare(scope, d.name(), new Symbol.Type(alias, d.position()), d.position())) {
                declarations.add(alias);
            }
        }
    }

    private void constant(Definition.Const c, Scope scope) {
        Annotations.check(c.annotations(), Annotations.Place.CONST, diagnostics);
        IdlType type = type(c.type(), scope);
        if (type == null) {
            return;
        }
        if (!(type instanceof PrimitiveType || type instanceof StringType || type instanceof EnumType)) {
            diagnostics.error(c.type().position(), "a constant cannot have type " + type.describe());
            return;
        }
        ConstValue value = constants.evaluate(c.value(), type, scope);
        if (value == null) {
            return;
        }
        ConstantDecl decl = new ConstantDecl(c.name(), scope.path(), c.position(), type, value);
        if (declare(scope, c.name(), new Symbol.Constant(decl, c.position()), c.position())) {
            declarations.add(decl);
        }
    }

    private void keylist(Definition.Keylist k, Scope scope) {
        Symbol s = scope.resolve(k.type());
        if (!(s instanceof Symbol.Type t) || !(t.declaration() instanceof StructType st) || !st.isDefined()) {
            diagnostics.error(k.type().position(), s == null ? "#pragma keylist names unknown type '" + k.type() + "'"
                    : "#pragma keylist needs a defined struct, '" + k.type() + "' is not one");
            return;
        }
        if (st.hasKeylist()) {
            diagnostics.error(k.position(), "a second #pragma keylist for " + st.scopedName());
            return;
        }
        if (st.ownFields().stream().anyMatch(Field::key)) {
            diagnostics.error(k.position(), st.scopedName() + " has both @key members and a #pragma keylist");
            return;
        }
        List<Field> fields = new ArrayList<>(st.ownFields());
        for (int i = 0; i < k.keys().size(); i++) {
            String key = k.keys().get(i);
            SourcePosition at = k.keyPositions().get(i);
            if (key.contains(".")) {
                diagnostics.error(at, "nested key member '" + key + "' in #pragma keylist is not supported; "
                        + "use @key in the nested struct");
                continue;
            }
            int index = -1;
            for (int j = 0; j < fields.size(); j++) {
                if (fields.get(j).name().equals(key)) {
                    index = j;
                }
            }
            if (index < 0) {
                boolean inherited = st.allFields().stream().anyMatch(f -> f.name().equals(key));
                diagnostics.error(at, inherited ? "inherited member '" + key + "' cannot be made a key by #pragma keylist"
                        : st.scopedName() + " has no member '" + key + "'");
                continue;
            }
            Field f = fields.get(index);
            if (aggregates.checkKey(f, at)) {
                fields.set(index, f.asKey());
            }
        }
        st.replaceFields(fields, true);
    }

    // ---------------------------------------------------------------- shared helpers

    /** Declares {@code name} in {@code scope}; reports and returns false when it is taken. */
    boolean declare(Scope scope, String name, Symbol symbol, SourcePosition at) {
        Symbol existing = scope.local(name);
        if (existing != null) {
            diagnostics.error(at, "'" + name + "' is already declared at " + existing.position());
            return false;
        }
        String clash = scope.clash(name);
        if (clash != null) {
            diagnostics.error(at, "'" + name + "' collides with '" + clash + "' declared at "
                    + scope.local(clash).position() + " (IDL names that differ only in case collide)");
            return false;
        }
        scope.declare(name, symbol);
        return true;
    }

    void addDeclaration(Declaration d) {
        declarations.add(d);
    }

    void forward(StructType s, SourcePosition at) {
        forwardStructs.putIfAbsent(s, at);
    }

    void forward(UnionType u, SourcePosition at) {
        forwardUnions.putIfAbsent(u, at);
    }

    /** Resolves a written type; null after reporting an error. */
    IdlType type(TypeRef ref, Scope scope) {
        return switch (ref) {
            case TypeRef.Base b -> BASE_TYPES.get(b.name());
            case TypeRef.Str s -> {
                int bound = s.bound() == null ? 0 : constants.positive(s.bound(), scope, "string bound");
                yield bound < 0 ? null : new StringType(s.wide(), bound);
            }
            case TypeRef.Sequence q -> {
                IdlType element = type(q.element(), scope);
                int bound = q.bound() == null ? 0 : constants.positive(q.bound(), scope, "sequence bound");
                yield element == null || bound < 0 ? null : new SequenceType(element, bound);
            }
            case TypeRef.Named n -> {
                Symbol s = scope.resolve(n.name());
                if (s instanceof Symbol.Type t) {
                    yield t.declaration() instanceof AliasDecl alias ? alias.target() : (IdlType) t.declaration();
                }
                diagnostics.error(n.position(), s == null ? "unknown type '" + n.name() + "'"
                        : "'" + n.name() + "' is not a type");
                yield null;
            }
        };
    }

    /** {@code type} with the declarator's array dimensions applied, or null after an error. */
    IdlType withDimensions(IdlType type, Declarator d, Scope scope) {
        if (type == null) {
            return null;
        }
        if (d.dimensions().isEmpty()) {
            return type;
        }
        List<Integer> dims = new ArrayList<>();
        for (Expr e : d.dimensions()) {
            int n = constants.positive(e, scope, "array dimension");
            if (n < 0) {
                return null;
            }
            dims.add(n);
        }
        return ArrayType.of(type, dims);
    }
}
