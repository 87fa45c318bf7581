package org.omg.dds.type.typeobject;

import org.omg.dds.core.DDSObject;

/** Something that a {@link TypeLibrary} can hold: a {@link Type} or a {@link Module}. */
public interface TypeLibraryElement extends DDSObject {
}
