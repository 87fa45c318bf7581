package org.omg.dds.type.typeobject;

import java.io.Serializable;
import org.omg.dds.core.DDSObject;

/** TODO */
public interface TypeProperty extends Serializable, DDSObject {

    /** TODO */
    TypeFlag getFlag();

    /** TODO */
    int getTypeId();

    /** TODO */
    String getName();
}
