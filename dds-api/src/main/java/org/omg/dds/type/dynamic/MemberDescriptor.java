package org.omg.dds.type.dynamic;

import java.io.Serializable;
import java.util.List;
import org.omg.dds.core.DDSObject;

/**
 * The properties of one member of a dynamic type. Fill one in with the {@code with...} methods, which
 * return this descriptor, and pass it to {@link DynamicType#addMember(MemberDescriptor)}.
 */
public interface MemberDescriptor extends Serializable, DDSObject {

    /**
     * Whether the properties set so far fit together, for example that a type is set and that labels are
     * given only for union members.
     */
    boolean isConsistent();

    /** The member name. */
    String getName();

    /** The member id. */
    int getId();

    /** The type of the member. */
    DynamicType getType();

    /** The default value of the member in string form, or {@code null} for the default of its type. */
    String getDefaultValue();

    /** The position of the member among the members of its type, starting at 0. */
    int getIndex();

    /** For a union member, the discriminator values that select it. */
    List<Integer> getLabel();

    /** For a union member, whether it is the default branch, selected by any value not otherwise listed. */
    boolean isDefaultLabel();

    /**
     * Sets the member name.
     *
     * @return this descriptor
     */
    MemberDescriptor withName(String name);

    /**
     * Sets the member id.
     *
     * @return this descriptor
     */
    MemberDescriptor withId(int id);

    /**
     * Sets the type of the member.
     *
     * @return this descriptor
     */
    MemberDescriptor withType(DynamicType type);

    /**
     * Sets the default value, in string form.
     *
     * @return this descriptor
     */
    MemberDescriptor withDefaultValue(String defaultValue);

    /**
     * Sets the position of the member among the members of its type.
     *
     * @return this descriptor
     */
    MemberDescriptor withIndex(int index);

    /**
     * Sets the discriminator values that select this union member.
     *
     * @return this descriptor
     */
    MemberDescriptor withLabel(int... labels);

    /**
     * Sets whether this union member is the default branch.
     *
     * @return this descriptor
     */
    MemberDescriptor withDefaultLabel(boolean defaultLabel);
}
