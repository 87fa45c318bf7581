package org.omg.dds.type.typeobject;

/** Type-object description of an alias (typedef): a new name for an existing type. */
public interface AliasType extends Type {

    /** The type id of the aliased type. */
    int getBaseType();

    /** Member ids of the fields of {@link AliasType} itself, used when a type object is serialized. */
    public static final class MemberId {

        /** Member id of the base type field. */
        public static final int BASE_TYPE_ALIASTYPE_MEMBER_ID = 100;
    }
}
