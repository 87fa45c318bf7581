package org.omg.dds.core.policy;

/**
 * The strength of a data writer, used when the {@link Ownership} kind is {@code EXCLUSIVE}: of the
 * alive writers of an instance, the one with the highest strength owns it.
 *
 * <p>Applies to data writers. Default: 0. It can be changed after the entity is enabled.
 *
 * <p>Instances are immutable: each {@code withXxx} method returns a modified copy and leaves this
 * policy unchanged.
 */
public interface OwnershipStrength extends QosPolicy.ForDataWriter {

    /** Returns the strength. */
    int getValue();

    /** Returns a copy of this policy with the given strength. */
    OwnershipStrength withValue(int strength);
}
