package org.omg.dds.topic;

import java.io.Serializable;
import org.omg.dds.core.DDSObject;

/** TODO */
public interface BuiltinTopicKey extends Cloneable, Serializable, DDSObject {

    /** TODO */
    int[] getValue();

    /** TODO */
    void copyFrom(BuiltinTopicKey builtinTopicKey);

    /** TODO */
    BuiltinTopicKey clone();
}
