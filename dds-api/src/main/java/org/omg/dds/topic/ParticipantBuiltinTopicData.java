package org.omg.dds.topic;

import java.io.Serializable;
import org.omg.dds.core.DDSObject;
import org.omg.dds.core.policy.UserData;

/** TODO */
public interface ParticipantBuiltinTopicData extends Cloneable, Serializable, DDSObject {

    /** TODO */
    BuiltinTopicKey getKey();

    /** TODO */
    UserData getUserData();

    /** TODO */
    void copyFrom(ParticipantBuiltinTopicData participantBuiltinTopicData);

    /** TODO */
    ParticipantBuiltinTopicData clone();
}
