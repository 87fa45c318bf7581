package org.omg.dds.type.typeobject;

import java.io.Serializable;
import org.omg.dds.core.DDSObject;

/** A named scope in a type library, holding a nested library; it qualifies the names of what it holds. */
public interface Module extends Serializable, DDSObject, TypeLibraryElement {

    /** The name of the module. */
    String getName();

    /** The types and modules in this module. */
    TypeLibrary getLibrary();
}
