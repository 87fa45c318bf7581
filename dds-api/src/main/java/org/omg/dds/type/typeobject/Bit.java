package org.omg.dds.type.typeobject;

import java.io.Serializable;
import org.omg.dds.core.DDSObject;

/** TODO */
public interface Bit extends Comparable<Bit>, Serializable, DDSObject {

    /** TODO */
    int getIndex();

    /** TODO */
    String getName();
}
