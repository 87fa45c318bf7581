package io.sirocco.dcps.type.pojo;

import java.lang.reflect.Field;

/**
 * One member of a mapped struct: where its field lives ({@link #access} and {@link #slot}), how it is
 * encoded ({@link #kind}, or {@link #type} when not primitive) and its XTypes attributes.
 */
final class Member {
    final Field field;
    final String name;
    /** Position in declaration order (superclass fields first). */
    final int index;
    final int id;
    final int kind;
    final ValueType type;
    final FieldAccess access;
    final int slot;
    final boolean key;
    final boolean optional;
    final boolean mustUnderstand;
    /** EMHEADER length code when the member is written in an XCDR2 mutable struct. */
    final int lengthCode;

    Member(Field field, int index, int id, int kind, ValueType type, FieldAccess access, int slot,
            boolean key, boolean optional, boolean mustUnderstand) {
        this.field = field;
        this.name = field.getName();
        this.index = index;
        this.id = id;
        this.kind = kind;
        this.type = type;
        this.access = access;
        this.slot = slot;
        this.key = key;
        this.optional = optional;
        this.mustUnderstand = mustUnderstand;
        this.lengthCode = kind == Kinds.OBJECT ? type.lengthCode() : Kinds.memberLengthCode(kind);
    }

    @Override
    public String toString() {
        return field.getDeclaringClass().getSimpleName() + "." + name + " (id " + id + ")";
    }
}
