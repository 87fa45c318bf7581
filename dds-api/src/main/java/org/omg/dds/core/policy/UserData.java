package org.omg.dds.core.policy;

/** TODO */
public interface UserData extends QosPolicy.ForDomainParticipant, QosPolicy.ForDataReader, QosPolicy.ForDataWriter {

    /** TODO */
    byte[] getValue();

    /** TODO */
    UserData withValue(byte[] values, int value, int value2);
}
