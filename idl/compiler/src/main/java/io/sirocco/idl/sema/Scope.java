package io.sirocco.idl.sema;

import io.sirocco.idl.ast.ScopedName;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A naming scope: the global scope, a module, or an enum (for {@code Color::RED}). Names that differ
 * only in case collide (IDL 4.2 7.2.3), which {@link #clash} reports.
 */
final class Scope {
    private final Scope parent;
    private final List<String> path;
    private final Map<String, Symbol> symbols = new HashMap<>();
    private final Map<String, String> spellings = new HashMap<>();

    Scope(Scope parent, List<String> path) {
        this.parent = parent;
        this.path = List.copyOf(path);
    }

    /** Module names from the global scope down to this one. */
    List<String> path() {
        return path;
    }

    Scope child(String name) {
        List<String> p = new ArrayList<>(path);
        p.add(name);
        return new Scope(this, p);
    }

    /** The symbol declared here under exactly {@code name}, or null. */
    Symbol local(String name) {
        return symbols.get(name);
    }

    /** A name already declared here that differs from {@code name} only in case, or null. */
    String clash(String name) {
        String other = spellings.get(name.toLowerCase(Locale.ROOT));
        return other != null && !other.equals(name) ? other : null;
    }

    void declare(String name, Symbol symbol) {
        symbols.put(name, symbol);
        spellings.put(name.toLowerCase(Locale.ROOT), name);
    }

    /**
     * Resolves {@code name} as IDL does: an absolute name from the global scope; otherwise its first
     * component is looked for here and then in each enclosing scope, and the rest inside what it names.
     * Returns null when not found.
     */
    Symbol resolve(ScopedName name) {
        Scope start = this;
        if (name.absolute()) {
            while (start.parent != null) {
                start = start.parent;
            }
            return descend(start.local(name.parts().getFirst()), name.parts(), 1);
        }
        for (Scope s = start; s != null; s = s.parent) {
            Symbol first = s.local(name.parts().getFirst());
            if (first != null) {
                return descend(first, name.parts(), 1);
            }
        }
        return null;
    }

    private static Symbol descend(Symbol from, List<String> parts, int index) {
        Symbol current = from;
        for (int i = index; i < parts.size() && current != null; i++) {
            String part = parts.get(i);
            if (current instanceof Symbol.Module m) {
                current = m.scope().local(part);
            } else if (current instanceof Symbol.Type t && t.declaration() instanceof io.sirocco.idl.model.EnumType e) {
                current = e.literals().stream().filter(l -> l.name().equals(part)).findFirst()
                        .map(l -> (Symbol) new Symbol.Enumerator(e, l, l.position())).orElse(null);
            } else {
                return null;
            }
        }
        return current;
    }
}
