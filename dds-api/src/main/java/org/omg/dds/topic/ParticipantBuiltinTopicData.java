package org.omg.dds.topic;

import java.io.Serializable;
import org.omg.dds.core.DDSObject;
import org.omg.dds.core.policy.UserData;

/**
 * What discovery tells about a domain participant: a sample of the {@code DCPSParticipant} built-in
 * topic. It is read from the built-in subscriber's reader for that topic or obtained with
 * {@link org.omg.dds.domain.DomainParticipant#getDiscoveredParticipantData(org.omg.dds.core.InstanceHandle)}.
 */
public interface ParticipantBuiltinTopicData extends Cloneable, Serializable, DDSObject {

    /** Returns the key that identifies the participant in the domain. */
    BuiltinTopicKey getKey();

    /** Returns the participant's user data QoS, as announced. */
    UserData getUserData();

    /** Overwrites this object with the contents of {@code other}. */
    void copyFrom(ParticipantBuiltinTopicData other);

    /** Returns an independent copy of this object. */
    ParticipantBuiltinTopicData clone();
}
