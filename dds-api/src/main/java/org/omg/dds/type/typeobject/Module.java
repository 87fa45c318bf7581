package org.omg.dds.type.typeobject;

import java.io.Serializable;
import org.omg.dds.core.DDSObject;

/** TODO */
public interface Module extends Serializable, DDSObject, TypeLibraryElement {

    /** TODO */
    String getName();

    /** TODO */
    TypeLibrary getLibrary();
}
