package org.omg.dds.topic;

import java.io.Serializable;
import org.omg.dds.core.DDSObject;

/**
 * The key of an instance of a built-in topic: a value, derived from the entity's globally unique
 * identifier, that identifies a participant, topic, data writer or data reader across the domain.
 */
public interface BuiltinTopicKey extends Cloneable, Serializable, DDSObject {

    /** Returns the key's value as an array of integers. */
    int[] getValue();

    /** Overwrites this key with the value of {@code other}. */
    void copyFrom(BuiltinTopicKey other);

    /** Returns an independent copy of this key. */
    BuiltinTopicKey clone();
}
