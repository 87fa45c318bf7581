package io.sirocco.idl.model;

import io.sirocco.idl.diag.SourcePosition;
import java.util.List;

/**
 * An IDL bitmask: named bit positions and a {@code @bit_bound} (default 32) that fixes the
 * serialized width: 1, 2, 4 or 8 bytes for up to 8, 16, 32 or 64 bits.
 */
public final class BitmaskType extends Declaration implements IdlType {
    private final List<Flag> flags;
    private final int bitBound;

    /** One named bit. */
    public record Flag(String name, int position, SourcePosition where) {
    }

    public BitmaskType(String name, List<String> modules, SourcePosition position, List<Flag> flags, int bitBound) {
        super(name, modules, position);
        this.flags = List.copyOf(flags);
        this.bitBound = bitBound;
    }

    public List<Flag> flags() {
        return flags;
    }

    public int bitBound() {
        return bitBound;
    }

    /** Serialized size: 1, 2, 4 or 8 bytes. */
    public int width() {
        return bitBound <= 8 ? 1 : bitBound <= 16 ? 2 : bitBound <= 32 ? 4 : 8;
    }

    @Override
    public String describe() {
        return "bitmask " + scopedName();
    }
}
