package org.omg.dds.type.typeobject;

import java.io.Serializable;
import org.omg.dds.core.DDSObject;

/** The basic properties of a type in a type object: flags, id and name. */
public interface TypeProperty extends Serializable, DDSObject {

    /** The flags of the type. */
    TypeFlag getFlag();

    /** The type id, by which other descriptions in the library refer to the type. */
    int getTypeId();

    /** The fully qualified name of the type. */
    String getName();
}
