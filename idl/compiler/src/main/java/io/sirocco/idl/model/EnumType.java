package io.sirocco.idl.model;

import io.sirocco.idl.diag.SourcePosition;
import java.util.List;

/**
 * An IDL enum: literals with their values ({@code @value} or counting on from the previous one), the
 * serialized width ({@code @bit_bound}: up to 8 bits take 1 byte, up to 16 take 2, else 4) and the
 * default literal ({@code @default_literal}, else the first).
 */
public final class EnumType extends Declaration implements IdlType {
    private final List<Literal> literals;
    private final int bitBound;
    private final int defaultIndex;

    /** One enumerator. */
    public record Literal(String name, int value, int index, SourcePosition position) {
    }

    public EnumType(String name, List<String> modules, SourcePosition position, List<Literal> literals, int bitBound,
            int defaultIndex) {
        super(name, modules, position);
        this.literals = List.copyOf(literals);
        this.bitBound = bitBound;
        this.defaultIndex = defaultIndex;
    }

    public List<Literal> literals() {
        return literals;
    }

    public int bitBound() {
        return bitBound;
    }

    /** Serialized size: 1, 2 or 4 bytes. */
    public int width() {
        return bitBound <= 8 ? 1 : bitBound <= 16 ? 2 : 4;
    }

    public Literal defaultLiteral() {
        return literals.get(defaultIndex);
    }

    @Override
    public String describe() {
        return "enum " + scopedName();
    }
}
