package org.omg.dds.type.dynamic;

import java.io.Serializable;
import java.util.Map;
import org.omg.dds.core.DDSObject;

/**
 * Describes one application of an annotation to a dynamic type or member: the annotation type and the
 * values given to its members, each in string form.
 */
public interface AnnotationDescriptor extends Serializable, DDSObject {

    /** The value given to the annotation member {@code memberName}, or {@code null} if none was given. */
    String getValue(String memberName);

    /** All values given, keyed by annotation member name. */
    Map<String, String> getAllValue();

    /** Whether the descriptor is complete and its values suit the members of its annotation type. */
    boolean isConsistent();

    /** The annotation type applied. */
    DynamicType getType();

    /**
     * Gives the annotation member {@code memberName} the value {@code value}.
     *
     * @return this descriptor
     */
    AnnotationDescriptor withValue(String memberName, String value);

    /**
     * Sets the annotation type applied.
     *
     * @return this descriptor
     */
    AnnotationDescriptor withType(DynamicType type);
}
