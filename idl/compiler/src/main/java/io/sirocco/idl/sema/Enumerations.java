package io.sirocco.idl.sema;

import io.sirocco.idl.ast.Definition;
import io.sirocco.idl.ast.Expr;
import io.sirocco.idl.diag.Diagnostics;
import io.sirocco.idl.diag.SourcePosition;
import io.sirocco.idl.model.BitmaskType;
import io.sirocco.idl.model.ConstValue;
import io.sirocco.idl.model.EnumType;
import io.sirocco.idl.model.PrimitiveType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Resolves enums (values from {@code @value} or counting on, {@code @bit_bound}, {@code @default_literal};
 * enumerators are declared in the enclosing scope, IDL style) and bitmasks ({@code @position},
 * {@code @bit_bound}).
 */
final class Enumerations {
    private final Resolver resolver;
    private final Diagnostics diagnostics;

    Enumerations(Resolver resolver) {
        this.resolver = resolver;
        this.diagnostics = resolver.diagnostics;
    }

    void enumeration(Definition.Enum e, Scope scope) {
        Annotations a = Annotations.check(e.annotations(), Annotations.Place.ENUM, diagnostics);
        int bitBound = bitBound(a, 32, 32, scope);
        List<EnumType.Literal> literals = new ArrayList<>();
        Map<Long, String> values = new HashMap<>();
        Map<String, SourcePosition> names = new HashMap<>();
        long next = 0;
        int defaultIndex = -1;
        for (Definition.Literal l : e.literals()) {
            Annotations la = Annotations.check(l.annotations(), Annotations.Place.LITERAL, diagnostics);
            long value = next;
            Expr explicit = la.value("value");
            if (explicit != null) {
                ConstValue v = resolver.constants.evaluate(explicit, PrimitiveType.INT32, scope);
                if (v != null) {
                    value = ((ConstValue.Int) v).value().longValue();
                }
            }
            if (bitBound < 32 && (value < 0 || value >= (1L << bitBound))) {
                diagnostics.error(l.position(), "value " + value + " of " + l.name() + " does not fit @bit_bound("
                        + bitBound + ")");
            } else if (value > Integer.MAX_VALUE) {
                diagnostics.error(l.position(), "value " + value + " of " + l.name() + " does not fit 32 bits");
            }
            String prior = values.putIfAbsent(value, l.name());
            if (prior != null) {
                diagnostics.error(l.position(), "enumerator " + l.name() + " has value " + value + ", like " + prior);
            }
            SourcePosition priorName = names.putIfAbsent(l.name().toLowerCase(Locale.ROOT), l.position());
            if (priorName != null) {
                diagnostics.error(l.position(), "enumerator '" + l.name() + "' is declared twice (first at " + priorName + ")");
                continue;
            }
            if (la.flag("default_literal", diagnostics)) {
                if (defaultIndex >= 0) {
                    diagnostics.error(l.position(), "a second @default_literal in enum " + e.name());
                }
                defaultIndex = literals.size();
            }
            literals.add(new EnumType.Literal(l.name(), (int) value, literals.size(), l.position()));
            next = value + 1;
        }
        if (literals.isEmpty()) {
            return;
        }
        EnumType type = new EnumType(e.name(), scope.path(), e.position(), literals, bitBound, Math.max(0, defaultIndex));
        if (!resolver.declare(scope, e.name(), new Symbol.Type(type, e.position()), e.position())) {
            return;
        }
        for (EnumType.Literal l : literals) {
            resolver.declare(scope, l.name(), new Symbol.Enumerator(type, l, l.position()), l.position());
        }
        resolver.addDeclaration(type);
    }

    void bitmask(Definition.Bitmask b, Scope scope) {
        Annotations a = Annotations.check(b.annotations(), Annotations.Place.BITMASK, diagnostics);
        int bitBound = bitBound(a, 32, 64, scope);
        List<BitmaskType.Flag> flags = new ArrayList<>();
        Map<Integer, String> positions = new HashMap<>();
        Map<String, SourcePosition> names = new HashMap<>();
        int next = 0;
        for (Definition.Literal l : b.flags()) {
            Annotations la = Annotations.check(l.annotations(), Annotations.Place.FLAG, diagnostics);
            int position = next;
            Expr explicit = la.value("position");
            if (explicit != null) {
                ConstValue v = resolver.constants.evaluate(explicit, PrimitiveType.UINT16, scope);
                if (v != null) {
                    position = ((ConstValue.Int) v).value().intValue();
                }
            }
            if (position >= bitBound) {
                diagnostics.error(l.position(), "position " + position + " of " + l.name() + " is outside @bit_bound("
                        + bitBound + ")");
            }
            String prior = positions.putIfAbsent(position, l.name());
            if (prior != null) {
                diagnostics.error(l.position(), "flag " + l.name() + " has position " + position + ", like " + prior);
            }
            SourcePosition priorName = names.putIfAbsent(l.name().toLowerCase(Locale.ROOT), l.position());
            if (priorName != null) {
                diagnostics.error(l.position(), "flag '" + l.name() + "' is declared twice (first at " + priorName + ")");
                continue;
            }
            flags.add(new BitmaskType.Flag(l.name(), position, l.position()));
            next = position + 1;
        }
        BitmaskType type = new BitmaskType(b.name(), scope.path(), b.position(), flags, bitBound);
        if (resolver.declare(scope, b.name(), new Symbol.Type(type, b.position()), b.position())) {
            resolver.addDeclaration(type);
        }
    }

    private int bitBound(Annotations a, int fallback, int max, Scope scope) {
        if (!a.has("bit_bound")) {
            return fallback;
        }
        Expr e = a.value("bit_bound");
        if (e == null) {
            diagnostics.error(a.position("bit_bound"), "@bit_bound needs a value");
            return fallback;
        }
        int n = resolver.constants.positive(e, scope, "@bit_bound");
        if (n > max) {
            diagnostics.error(e.position(), "@bit_bound must be between 1 and " + max + ", not " + n);
            return fallback;
        }
        return n < 0 ? fallback : n;
    }
}
