package org.omg.dds.pub;

import org.omg.dds.core.EntityQos;
import org.omg.dds.core.policy.DataRepresentation;
import org.omg.dds.core.policy.Deadline;
import org.omg.dds.core.policy.DestinationOrder;
import org.omg.dds.core.policy.Durability;
import org.omg.dds.core.policy.DurabilityService;
import org.omg.dds.core.policy.History;
import org.omg.dds.core.policy.LatencyBudget;
import org.omg.dds.core.policy.Lifespan;
import org.omg.dds.core.policy.Liveliness;
import org.omg.dds.core.policy.Ownership;
import org.omg.dds.core.policy.OwnershipStrength;
import org.omg.dds.core.policy.QosPolicy;
import org.omg.dds.core.policy.Reliability;
import org.omg.dds.core.policy.ResourceLimits;
import org.omg.dds.core.policy.TransportPriority;
import org.omg.dds.core.policy.TypeConsistencyEnforcement;
import org.omg.dds.core.policy.UserData;
import org.omg.dds.core.policy.WriterDataLifecycle;

/**
 * The QoS of a {@link DataWriter}. Its request-offered policies (durability, deadline, reliability,
 * ...) must be compatible with those of a reader for the two to match. Instances are immutable: the
 * {@code with...} methods return modified copies.
 */
public interface DataWriterQos extends EntityQos<QosPolicy.ForDataWriter> {

    /** Returns whether, and where, samples are kept for readers that join later. */
    Durability getDurability();

    /**
     * Returns the history and resource limits the durability service applies to {@code TRANSIENT}
     * and {@code PERSISTENT} data.
     */
    DurabilityService getDurabilityService();

    /** Returns the period within which the writer promises to update each instance. */
    Deadline getDeadline();

    /**
     * Returns the delay acceptable between writing and delivery, a hint the middleware may use for
     * batching.
     */
    LatencyBudget getLatencyBudget();

    /** Returns how the writer's liveliness is asserted and the lease duration within which it must be. */
    Liveliness getLiveliness();

    /**
     * Returns whether delivery is reliable or best effort, and how long a write may block when
     * resources are full.
     */
    Reliability getReliability();

    /** Returns whether readers order the writer's samples by reception or by source timestamp. */
    DestinationOrder getDestinationOrder();

    /**
     * Returns how many samples per instance the writer keeps for delivery ({@code KEEP_LAST} with a
     * depth, or {@code KEEP_ALL}).
     */
    History getHistory();

    /** Returns the maximum numbers of samples, instances and samples per instance the writer may hold. */
    ResourceLimits getResourceLimits();

    /** Returns the priority hint given to the transport for the writer's data. */
    TransportPriority getTransportPriority();

    /**
     * Returns how long a written sample stays valid; expired samples are dropped from writer and
     * reader caches.
     */
    Lifespan getLifespan();

    /**
     * Returns application data attached to the writer and announced in discovery
     * ({@code DCPSPublication}).
     */
    UserData getUserData();

    /**
     * Returns whether instances may be updated by several writers ({@code SHARED}) or only by the
     * strongest one ({@code EXCLUSIVE}).
     */
    Ownership getOwnership();

    /** Returns the strength that decides which writer owns an instance under {@code EXCLUSIVE} ownership. */
    OwnershipStrength getOwnershipStrength();

    /** Returns whether unregistering an instance also disposes it. */
    WriterDataLifecycle getWriterDataLifecycle();

    /** Returns the data representation the writer serializes its samples with. */
    DataRepresentation getRepresentation();

    /** Returns the rules deciding whether the writer's data type is compatible with a reader's. */
    TypeConsistencyEnforcement getTypeConsistency();

    /** Returns a copy of this QoS with the given policy replaced. */
    DataWriterQos withPolicy(QosPolicy.ForDataWriter policy);

    /** Returns a copy of this QoS with the given policies replaced. */
    DataWriterQos withPolicies(QosPolicy.ForDataWriter... policies);
}
