package org.omg.dds.type.typeobject;

import org.omg.dds.core.DDSObject;

/** TODO */
public interface TypeLibraryElement extends DDSObject {
}
