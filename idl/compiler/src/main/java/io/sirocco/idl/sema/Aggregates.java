package io.sirocco.idl.sema;

import io.sirocco.idl.ast.Declarator;
import io.sirocco.idl.ast.Definition;
import io.sirocco.idl.ast.Expr;
import io.sirocco.idl.diag.Diagnostics;
import io.sirocco.idl.diag.SourcePosition;
import io.sirocco.idl.model.ArrayType;
import io.sirocco.idl.model.ConstValue;
import io.sirocco.idl.model.EnumType;
import io.sirocco.idl.model.Extensibility;
import io.sirocco.idl.model.Field;
import io.sirocco.idl.model.IdlType;
import io.sirocco.idl.model.PrimitiveType;
import io.sirocco.idl.model.SequenceType;
import io.sirocco.idl.model.StringType;
import io.sirocco.idl.model.StructType;
import io.sirocco.idl.model.UnionType;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Resolves structs and unions: inheritance, member types, member ids ({@code @id}, {@code @hashid},
 * {@code @autoid}), keys, optional members, defaults, extensibility, union labels and the default
 * discriminator.
 */
final class Aggregates {
    private static final int MAX_MEMBER_ID = 0x0FFF_FFFF;

    private final Resolver resolver;
    private final Diagnostics diagnostics;

    Aggregates(Resolver resolver) {
        this.resolver = resolver;
        this.diagnostics = resolver.diagnostics;
    }

    // ---------------------------------------------------------------- structs

    void struct(Definition.Struct s, Scope scope, boolean hashIds) {
        Symbol existing = scope.local(s.name());
        StructType st;
        if (existing instanceof Symbol.Type t && t.declaration() instanceof StructType prior && !prior.isDefined()) {
            st = prior;
        } else if (existing instanceof Symbol.Type t && t.declaration() instanceof StructType && s.members() == null) {
            return; // a forward declaration after the definition is harmless
        } else {
            st = new StructType(s.name(), scope.path(), s.position());
            if (!resolver.declare(scope, s.name(), new Symbol.Type(st, s.position()), s.position())) {
                return;
            }
        }
        if (s.members() == null) {
            resolver.forward(st, s.position());
            Annotations.check(s.annotations(), Annotations.Place.STRUCT, diagnostics);
            return;
        }
        Annotations a = Annotations.check(s.annotations(), Annotations.Place.STRUCT, diagnostics);
        StructType base = null;
        if (s.base() != null) {
            Symbol b = scope.resolve(s.base());
            if (b instanceof Symbol.Type t && t.declaration() instanceof StructType bs && bs.isDefined()) {
                base = bs;
            } else {
                diagnostics.error(s.base().position(), b == null ? "unknown base struct '" + s.base() + "'"
                        : "'" + s.base() + "' is not a defined struct and cannot be a base");
            }
        }
        Extensibility ext = extensibility(a, base != null ? base.extensibility() : resolver.defaultExtensibility);
        if (base != null && a.hasExtensibility() && ext != base.extensibility()) {
            diagnostics.error(s.position(), "struct " + s.name() + " is " + ext.name().toLowerCase(Locale.ROOT)
                    + " but its base " + base.scopedName() + " is " + base.extensibility().name().toLowerCase(Locale.ROOT));
        }
        boolean hash = resolver.autoidHash(a, hashIds);
        List<Field> inherited = base == null ? List.of() : base.allFields();
        Map<String, Field> names = new HashMap<>();
        Set<Integer> ids = new HashSet<>();
        long next = 0;
        for (Field f : inherited) {
            names.put(f.name().toLowerCase(Locale.ROOT), f);
            ids.add(f.id());
            next = f.id() + 1L;
        }
        List<Field> fields = new ArrayList<>();
        for (Definition.Member m : s.members()) {
            Annotations ma = Annotations.check(m.annotations(), Annotations.Place.MEMBER, diagnostics);
            IdlType type = resolver.type(m.type(), scope);
            if (m.declarators().size() > 1 && (ma.has("id") || ma.has("hashid"))) {
                diagnostics.error(ma.position(ma.has("id") ? "id" : "hashid"),
                        "@id and @hashid need one member per declaration");
            }
            for (Declarator d : m.declarators()) {
                IdlType t = resolver.withDimensions(type, d, scope);
                Field prior = names.get(d.name().toLowerCase(Locale.ROOT));
                if (prior != null) {
                    diagnostics.error(d.position(), "member '" + d.name() + "' collides with '" + prior.name()
                            + "' declared at " + prior.position());
                    continue;
                }
                long id = memberId(ma, d.name(), next, hash, scope);
                if (id > MAX_MEMBER_ID || id < 0) {
                    diagnostics.error(d.position(), "member id " + id + " of '" + d.name() + "' does not fit 28 bits");
                    id = 0;
                } else if (!ids.add((int) id)) {
                    diagnostics.error(d.position(), "member id " + id + " of '" + d.name() + "' is used twice in "
                            + s.name());
                }
                next = id + 1;
                if (t == null) {
                    continue;
                }
                complete(t, d.position(), false);
                Field f = field(ma, d, t, (int) id, ext, scope);
                if (f.key() && !checkKey(f, d.position())) {
                    f = new Field(f.name(), f.type(), f.id(), false, f.optional(), f.mustUnderstand(), f.defaultValue(),
                            f.position());
                }
                names.put(d.name().toLowerCase(Locale.ROOT), f);
                fields.add(f);
            }
        }
        st.define(base, ext, fields);
        resolver.addDeclaration(st);
    }

    private long memberId(Annotations a, String name, long next, boolean hash, Scope scope) {
        Expr explicit = a.value("id");
        if (a.has("id")) {
            if (explicit == null) {
                diagnostics.error(a.position("id"), "@id needs a value");
                return next;
            }
            ConstValue v = resolver.constants.evaluate(explicit, PrimitiveType.UINT32, scope);
            return v == null ? next : ((ConstValue.Int) v).value().longValue();
        }
        if (a.has("hashid")) {
            Expr given = a.value("hashid");
            if (given == null) {
                return hashId(name);
            }
            ConstValue v = resolver.constants.evaluate(given, new StringType(false, 0), scope);
            return v == null ? next : hashId(((ConstValue.Str) v).value());
        }
        return hash ? hashId(name) : next;
    }

    /** DDS-XTypes 1.3 7.3.1.2.1.1: the first four bytes of MD5(name), little-endian, masked to 28 bits. */
    static int hashId(String name) {
        try {
            byte[] d = MessageDigest.getInstance("MD5").digest(name.getBytes(StandardCharsets.UTF_8));
            int v = (d[0] & 0xFF) | (d[1] & 0xFF) << 8 | (d[2] & 0xFF) << 16 | (d[3] & 0xFF) << 24;
            return v & MAX_MEMBER_ID;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK always has MD5", e);
        }
    }

    private Field field(Annotations a, Declarator d, IdlType t, int id, Extensibility ext, Scope scope) {
        boolean key = a.flag("key", diagnostics);
        boolean optional = a.flag("optional", diagnostics);
        boolean mu = a.flag("must_understand", diagnostics);
        if (key && optional) {
            diagnostics.error(a.position("optional"), "a key member cannot be @optional");
            optional = false;
        }
        if (mu && ext != Extensibility.MUTABLE) {
            diagnostics.error(a.position("must_understand"), "@must_understand is only allowed in mutable types");
        }
        ConstValue dflt = null;
        if (a.has("default")) {
            Expr v = a.value("default");
            if (v == null) {
                diagnostics.error(a.position("default"), "@default needs a value");
            } else if (optional) {
                diagnostics.error(a.position("default"), "an @optional member cannot have a @default");
            } else if (t instanceof PrimitiveType || t instanceof StringType || t instanceof EnumType) {
                dflt = resolver.constants.evaluate(v, t, scope);
            } else {
                diagnostics.error(a.position("default"), "@default is not supported for " + t.describe());
            }
        }
        return new Field(d.name(), t, id, key, optional, key || (mu && ext == Extensibility.MUTABLE), dflt, d.position());
    }

    /** Whether {@code f} can be a key member; reports why not. */
    boolean checkKey(Field f, SourcePosition at) {
        if (f.optional()) {
            diagnostics.error(at, "a key member cannot be @optional");
            return false;
        }
        String union = unionIn(f.type(), new HashSet<>());
        if (union != null) {
            diagnostics.error(at, "key member '" + f.name() + "' contains " + union + "; a union cannot be part of a key");
            return false;
        }
        return true;
    }

    /** A union found in the key form of {@code t}, or null. */
    private static String unionIn(IdlType t, Set<StructType> seen) {
        return switch (t) {
            case UnionType u -> u.describe();
            case SequenceType s -> unionIn(s.element(), seen);
            case ArrayType a -> unionIn(a.element(), seen);
            case StructType s -> {
                if (!seen.add(s)) {
                    yield null;
                }
                for (Field f : s.nestedKeys()) {
                    String u = unionIn(f.type(), seen);
                    if (u != null) {
                        yield u;
                    }
                }
                yield null;
            }
            default -> null;
        };
    }

    /** Reports a struct or union used before it is defined, except as a sequence element. */
    void complete(IdlType t, SourcePosition at, boolean inSequence) {
        switch (t) {
            case StructType s when !s.isDefined() && !inSequence ->
                    diagnostics.error(at, s.describe() + " is not defined yet (only a sequence may refer to it here)");
            case UnionType u when !u.isDefined() && !inSequence ->
                    diagnostics.error(at, u.describe() + " is not defined yet (only a sequence may refer to it here)");
            case SequenceType s -> complete(s.element(), at, true);
            case ArrayType a -> complete(a.element(), at, inSequence);
            default -> {
            }
        }
    }

    Extensibility extensibility(Annotations a, Extensibility fallback) {
        Extensibility found = null;
        for (var u : a.all()) {
            Extensibility e = switch (u.name()) {
                case "final" -> Extensibility.FINAL;
                case "appendable" -> Extensibility.APPENDABLE;
                case "mutable" -> Extensibility.MUTABLE;
                case "extensibility" -> {
                    String w = a.word("extensibility", diagnostics);
                    if (w == null) {
                        yield null;
                    }
                    try {
                        yield Extensibility.valueOf(w);
                    } catch (IllegalArgumentException ex) {
                        diagnostics.error(u.position(), "@extensibility takes FINAL, APPENDABLE or MUTABLE, not " + w);
                        yield null;
                    }
                }
                default -> null;
            };
            if (e != null) {
                if (found != null && found != e) {
                    diagnostics.error(u.position(), "conflicting extensibility annotations");
                }
                found = e;
            }
        }
        return found != null ? found : fallback;
    }

    // ---------------------------------------------------------------- unions

    void union(Definition.Union u, Scope scope) {
        Symbol existing = scope.local(u.name());
        UnionType ut;
        if (existing instanceof Symbol.Type t && t.declaration() instanceof UnionType prior && !prior.isDefined()) {
            ut = prior;
        } else if (existing instanceof Symbol.Type t && t.declaration() instanceof UnionType && u.cases() == null) {
            return;
        } else {
            ut = new UnionType(u.name(), scope.path(), u.position());
            if (!resolver.declare(scope, u.name(), new Symbol.Type(ut, u.position()), u.position())) {
                return;
            }
        }
        Annotations a = Annotations.check(u.annotations(), Annotations.Place.UNION, diagnostics);
        if (u.cases() == null) {
            resolver.forward(ut, u.position());
            return;
        }
        Annotations.check(u.discriminatorAnnotations(), Annotations.Place.DISCRIMINATOR, diagnostics);
        Extensibility ext = extensibility(a, resolver.defaultExtensibility);
        if (ext == Extensibility.MUTABLE) {
            diagnostics.error(u.position(), "mutable unions are not supported (as in Cyclone DDS 0.10); "
                    + "use @final or @appendable");
            ext = Extensibility.FINAL;
        }
        IdlType disc = resolver.type(u.discriminator(), scope);
        if (disc != null && !isDiscriminator(disc)) {
            diagnostics.error(u.discriminator().position(), disc.describe() + " cannot be a union discriminator "
                    + "(integer, char, wchar, boolean, octet or enum)");
            disc = null;
        }
        List<UnionType.Case> cases = new ArrayList<>();
        Map<ConstValue, SourcePosition> labels = new HashMap<>();
        Map<String, SourcePosition> names = new HashMap<>();
        SourcePosition defaultAt = null;
        for (Definition.Case c : u.cases()) {
            Annotations.check(c.annotations(), Annotations.Place.CASE, diagnostics);
            List<ConstValue> values = new ArrayList<>();
            boolean isDefault = false;
            for (Definition.Label l : c.labels()) {
                if (l.value() == null) {
                    if (defaultAt != null) {
                        diagnostics.error(l.position(), "a second default case (the first is at " + defaultAt + ")");
                    }
                    defaultAt = l.position();
                    isDefault = true;
                    continue;
                }
                if (disc == null) {
                    continue;
                }
                ConstValue v = resolver.constants.evaluate(l.value(), disc, scope);
                if (v == null) {
                    continue;
                }
                SourcePosition prior = labels.putIfAbsent(v, l.position());
                if (prior != null) {
                    diagnostics.error(l.position(), "case label " + ConstEvaluator.describe(v)
                            + " is already used at " + prior);
                    continue;
                }
                values.add(v);
            }
            String lower = c.declarator().name().toLowerCase(Locale.ROOT);
            SourcePosition priorName = names.putIfAbsent(lower, c.declarator().position());
            if (priorName != null) {
                diagnostics.error(c.declarator().position(), "member '" + c.declarator().name()
                        + "' collides with another declared at " + priorName);
                continue;
            }
            IdlType t = resolver.withDimensions(resolver.type(c.type(), scope), c.declarator(), scope);
            if (t == null) {
                continue;
            }
            complete(t, c.declarator().position(), false);
            cases.add(new UnionType.Case(c.declarator().name(), t, values, isDefault, cases.size(), c.position()));
        }
        if (disc == null) {
            return;
        }
        ConstValue unused = unusedLabel(disc, labels.keySet());
        if (defaultAt != null && unused == null) {
            diagnostics.error(defaultAt, "the default case can never be selected: the labels cover every value");
        }
        ut.define(disc, ext, cases, initial(disc), unused);
        resolver.addDeclaration(ut);
    }

    private static boolean isDiscriminator(IdlType t) {
        return t instanceof EnumType || (t instanceof PrimitiveType p && (p.isInteger() || p == PrimitiveType.CHAR
                || p == PrimitiveType.WCHAR || p == PrimitiveType.BOOLEAN));
    }

    /** The discriminator a new union starts with: the type's default (0, FALSE, the default enumerator). */
    private static ConstValue initial(IdlType disc) {
        if (disc instanceof EnumType e) {
            return new ConstValue.Enumerator(e, e.defaultLiteral());
        }
        PrimitiveType p = (PrimitiveType) disc;
        return switch (p) {
            case BOOLEAN -> new ConstValue.Bool(false);
            case CHAR, WCHAR -> new ConstValue.Char((char) 0);
            default -> new ConstValue.Int(BigInteger.ZERO);
        };
    }

    /** The first value of {@code disc} (0, 1, 2... / FALSE, TRUE / enumerators in order) no label uses. */
    private static ConstValue unusedLabel(IdlType disc, Set<ConstValue> used) {
        if (disc instanceof EnumType e) {
            for (EnumType.Literal l : e.literals()) {
                ConstValue v = new ConstValue.Enumerator(e, l);
                if (!used.contains(v)) {
                    return v;
                }
            }
            return null;
        }
        PrimitiveType p = (PrimitiveType) disc;
        if (p == PrimitiveType.BOOLEAN) {
            for (boolean b : new boolean[] {false, true}) {
                if (!used.contains(new ConstValue.Bool(b))) {
                    return new ConstValue.Bool(b);
                }
            }
            return null;
        }
        int limit = used.size() + 1;
        for (int i = 0; i <= limit; i++) {
            ConstValue v = p == PrimitiveType.CHAR || p == PrimitiveType.WCHAR ? new ConstValue.Char((char) i)
                    : new ConstValue.Int(BigInteger.valueOf(i));
            if (!used.contains(v) && BigInteger.valueOf(i).compareTo(p == PrimitiveType.CHAR || p == PrimitiveType.WCHAR
                    ? BigInteger.valueOf(p == PrimitiveType.CHAR ? 0xFF : 0xFFFF) : p.max()) <= 0) {
                return v;
            }
        }
        return null;
    }
}
