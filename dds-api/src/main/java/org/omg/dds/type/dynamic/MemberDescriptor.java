package org.omg.dds.type.dynamic;

import java.io.Serializable;
import java.util.List;
import org.omg.dds.core.DDSObject;

/** TODO */
public interface MemberDescriptor extends Serializable, DDSObject {

    /** TODO */
    boolean isConsistent();

    /** TODO */
    String getName();

    /** TODO */
    int getId();

    /** TODO */
    DynamicType getType();

    /** TODO */
    String getDefaultValue();

    /** TODO */
    int getIndex();

    /** TODO */
    List<Integer> getLabel();

    /** TODO */
    boolean isDefaultLabel();

    /** TODO */
    MemberDescriptor withName(String name);

    /** TODO */
    MemberDescriptor withId(int value);

    /** TODO */
    MemberDescriptor withType(DynamicType dynamicType);

    /** TODO */
    MemberDescriptor withDefaultValue(String name);

    /** TODO */
    MemberDescriptor withIndex(int value);

    /** TODO */
    MemberDescriptor withLabel(int... values);

    /** TODO */
    MemberDescriptor withDefaultLabel(boolean value);
}
