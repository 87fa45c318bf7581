package org.omg.dds.core.policy;

/** TODO */
public interface OwnershipStrength extends QosPolicy.ForDataWriter {

    /** TODO */
    int getValue();

    /** TODO */
    OwnershipStrength withValue(int value);
}
