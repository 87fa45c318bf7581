package io.sirocco.idl.model;

/**
 * A resolved IDL type: typedefs are gone (replaced by what they name), array dimensions are merged
 * into one {@link ArrayType}, constants are evaluated.
 */
public sealed interface IdlType permits PrimitiveType, StringType, SequenceType, ArrayType, StructType, UnionType,
        EnumType, BitmaskType {

    /** How the type reads in messages and generated comments, e.g. {@code sequence<long, 5>}. */
    String describe();
}
