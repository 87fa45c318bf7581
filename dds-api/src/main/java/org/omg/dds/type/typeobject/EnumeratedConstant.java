package org.omg.dds.type.typeobject;

import java.io.Serializable;
import org.omg.dds.core.DDSObject;

/** TODO */
public interface EnumeratedConstant extends Serializable, DDSObject {

    /** TODO */
    int getValue();

    /** TODO */
    String getName();
}
