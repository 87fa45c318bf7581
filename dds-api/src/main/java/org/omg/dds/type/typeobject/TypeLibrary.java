package org.omg.dds.type.typeobject;

import java.io.Serializable;
import java.util.List;
import org.omg.dds.core.DDSObject;

/** TODO */
public interface TypeLibrary extends Serializable, DDSObject {

    /** TODO */
    List<TypeLibraryElement> getElement();
}
