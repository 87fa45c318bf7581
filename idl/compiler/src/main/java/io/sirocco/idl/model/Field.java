package io.sirocco.idl.model;

import io.sirocco.idl.diag.SourcePosition;

/**
 * A struct member after resolution: its type, member id (explicit, hashed or sequential) and XTypes
 * attributes. {@code mustUnderstand} is true for keys (as Cyclone DDS marks them) and for
 * {@code @must_understand} members. {@code defaultValue} is the {@code @default} value or null.
 */
public record Field(String name, IdlType type, int id, boolean key, boolean optional, boolean mustUnderstand,
        ConstValue defaultValue, SourcePosition position) {

    /** The same member made a key (by {@code #pragma keylist}). */
    public Field asKey() {
        return new Field(name, type, id, true, optional, true, defaultValue, position);
    }
}
