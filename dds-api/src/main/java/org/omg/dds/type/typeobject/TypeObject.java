package org.omg.dds.type.typeobject;

import java.io.Serializable;
import org.omg.dds.core.DDSObject;

/** TODO */
public interface TypeObject extends Serializable, DDSObject {

    /** TODO */
    TypeLibrary getLibrary();

    /** TODO */
    int getTheType();
}
