package org.omg.dds.type.typeobject;

import java.io.Serializable;
import java.util.List;
import org.omg.dds.core.DDSObject;

/**
 * A collection of type descriptions and modules, within which types refer to each other by type id. A
 * type object carries the library holding its type and every type that type depends on.
 */
public interface TypeLibrary extends Serializable, DDSObject {

    /** The types and modules in the library. */
    List<TypeLibraryElement> getElement();
}
