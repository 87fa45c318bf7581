package org.omg.dds.type.typeobject;

import java.io.Serializable;
import org.omg.dds.core.DDSObject;

/** The basic properties of a member in a type object: flags, id, type and name. */
public interface MemberProperty extends Serializable, DDSObject {

    /** The flags of the member. */
    MemberFlag getFlag();

    /** The member id. */
    int getMemberId();

    /** The type id of the member's type. */
    int getTypeId();

    /** The member name. */
    String getName();
}
