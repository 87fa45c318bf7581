package io.sirocco.dcps.type.pojo;

import io.sirocco.dcps.type.cdr.CdrInput;
import io.sirocco.dcps.type.cdr.CdrOutput;

/**
 * The members of one struct written and read as straight-line code: a hidden class generated per
 * mapped class by {@link BodyGenerator}, in which every primitive and string member is a field load
 * and one call on {@link CdrOutput}/{@link CdrInput} (inlined by the JIT), and every other member
 * one call on its {@link ValueType}. It covers the bodies of FINAL and APPENDABLE structs without
 * optional members; {@link StructCodec} adds the DHEADER and handles everything else by
 * interpretation.
 *
 * <p>Public only so that the generated classes, which live in the user's package, can extend it.
 */
public abstract class StructBody {
    /** The value types of the members, by declaration index ({@code null} for primitives). */
    protected final ValueType[] types;
    private StructCodec codec;

    /** For generated subclasses. */
    protected StructBody(ValueType[] types) {
        this.types = types;
    }

    void bind(StructCodec codec) {
        this.codec = codec;
    }

    /** Writes every member, in declaration order. */
    public abstract void write(Object sample, CdrOutput out);

    /** Reads every member, in declaration order. */
    public abstract void read(CdrInput in, Object sample);

    /**
     * Reads members while the input has not reached {@code end} (an XCDR2 DHEADER end); members that an
     * older writer did not send get their defaults.
     */
    public abstract void readUpTo(CdrInput in, Object sample, int end);

    /** Called by generated code: gives members {@code from..} their default values. */
    protected final void defaultsFrom(Object sample, int from) {
        codec.defaultsFrom(sample, from);
    }
}
