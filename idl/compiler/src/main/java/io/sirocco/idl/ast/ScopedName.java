package io.sirocco.idl.ast;

import io.sirocco.idl.diag.SourcePosition;
import java.util.List;

/** A name as written: {@code a}, {@code A::b} or {@code ::A::b} ({@code absolute}). */
public record ScopedName(boolean absolute, List<String> parts, SourcePosition position) {

    public ScopedName {
        parts = List.copyOf(parts);
    }

    /** The last component. */
    public String last() {
        return parts.getLast();
    }

    @Override
    public String toString() {
        return (absolute ? "::" : "") + String.join("::", parts);
    }
}
