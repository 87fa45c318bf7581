package org.omg.dds.type.typeobject;

import java.io.Serializable;
import org.omg.dds.core.DDSObject;

/** One named bit of a bit set type, in a type object; bits order by their index. */
public interface Bit extends Comparable<Bit>, Serializable, DDSObject {

    /** The position of the bit, starting at 0 for the least significant bit. */
    int getIndex();

    /** The name of the bit. */
    String getName();
}
