package io.sirocco.dcps.builtin;

import io.sirocco.dcps.core.Guid;
import org.omg.dds.core.ServiceEnvironment;
import org.omg.dds.core.policy.UserData;
import org.omg.dds.topic.BuiltinTopicKey;
import org.omg.dds.topic.ParticipantBuiltinTopicData;

/** A DCPSParticipant sample: a participant's key and user data. */
public final class ParticipantBuiltinData implements ParticipantBuiltinTopicData, BuiltinSample {
    private static final long serialVersionUID = 1L;

    private final transient ServiceEnvironment environment;
    private final BuiltinKey key;
    private UserData userData;

    public ParticipantBuiltinData(ServiceEnvironment environment, UserData defaultUserData) {
        this.environment = environment;
        this.key = new BuiltinKey(environment);
        this.userData = defaultUserData;
    }

    public ParticipantBuiltinData(ServiceEnvironment environment, Guid guid, UserData userData) {
        this(environment, userData);
        key.set(guid);
    }

    @Override
    public BuiltinKey key() {
        return key;
    }

    @Override
    public BuiltinTopicKey getKey() {
        return key;
    }

    @Override
    public UserData getUserData() {
        return userData;
    }

    @Override
    public void copyFrom(ParticipantBuiltinTopicData other) {
        key.copyFrom(other.getKey());
        userData = other.getUserData();
    }

    @Override
    public ParticipantBuiltinData clone() {
        ParticipantBuiltinData copy = new ParticipantBuiltinData(environment, userData);
        copy.copyFrom(this);
        return copy;
    }

    @Override
    public ServiceEnvironment getEnvironment() {
        return environment;
    }

    @Override
    public String toString() {
        return "DCPSParticipant[" + key + "]";
    }
}
