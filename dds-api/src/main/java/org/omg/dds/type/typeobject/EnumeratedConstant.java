package org.omg.dds.type.typeobject;

import java.io.Serializable;
import org.omg.dds.core.DDSObject;

/** One constant of an enumeration type, in a type object. */
public interface EnumeratedConstant extends Serializable, DDSObject {

    /** The integer value of the constant, as serialized. */
    int getValue();

    /** The name of the constant. */
    String getName();
}
