package org.omg.dds.type.typeobject;

import java.io.Serializable;
import org.omg.dds.core.DDSObject;

/** TODO */
public interface MemberProperty extends Serializable, DDSObject {

    /** TODO */
    MemberFlag getFlag();

    /** TODO */
    int getMemberId();

    /** TODO */
    int getTypeId();

    /** TODO */
    String getName();
}
