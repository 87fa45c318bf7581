package org.omg.dds.type.typeobject;

import java.io.Serializable;
import org.omg.dds.core.DDSObject;

/**
 * The complete, serializable description of a type, as exchanged during discovery so that peers can check
 * whether their types are assignable: a type library plus the id of the type described.
 */
public interface TypeObject extends Serializable, DDSObject {

    /** The library holding the described type and the types it depends on. */
    TypeLibrary getLibrary();

    /** The type id, within {@link #getLibrary()}, of the described type. */
    int getTheType();
}
