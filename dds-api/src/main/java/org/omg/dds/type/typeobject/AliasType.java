package org.omg.dds.type.typeobject;

/** TODO */
public interface AliasType extends Type {

    /** TODO */
    int getBaseType();

    /** TODO */
    public static final class MemberId {

        /** TODO */
        public static final int BASE_TYPE_ALIASTYPE_MEMBER_ID = 100;
    }
}
