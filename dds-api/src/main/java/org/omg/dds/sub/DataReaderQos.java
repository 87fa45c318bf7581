package org.omg.dds.sub;

import org.omg.dds.core.policy.Reliability;
import org.omg.dds.core.EntityQos;
import org.omg.dds.core.policy.DataRepresentation;
import org.omg.dds.core.policy.Deadline;
import org.omg.dds.core.policy.DestinationOrder;
import org.omg.dds.core.policy.Durability;
import org.omg.dds.core.policy.History;
import org.omg.dds.core.policy.LatencyBudget;
import org.omg.dds.core.policy.Liveliness;
import org.omg.dds.core.policy.Ownership;
import org.omg.dds.core.policy.QosPolicy;
import org.omg.dds.core.policy.ReaderDataLifecycle;
import org.omg.dds.core.policy.ResourceLimits;
import org.omg.dds.core.policy.TimeBasedFilter;
import org.omg.dds.core.policy.TypeConsistencyEnforcement;
import org.omg.dds.core.policy.UserData;

/**
 * The QoS of a {@link DataReader}. Its request-offered policies (durability, deadline, reliability,
 * ...) must be compatible with those of a writer for the two to match. Instances are immutable: the
 * {@code with...} methods return modified copies.
 */
public interface DataReaderQos extends EntityQos<QosPolicy.ForDataReader> {

    /** Returns the durability the reader requests, that is whether it wants data written before it joined. */
    Durability getDurability();

    /** Returns the period within which the reader expects each instance to be updated. */
    Deadline getDeadline();

    /**
     * Returns the delay acceptable between writing and delivery, a hint the middleware may use for
     * batching.
     */
    LatencyBudget getLatencyBudget();

    /** Returns the liveliness kind and lease duration the reader requires of its writers. */
    Liveliness getLiveliness();

    /** Returns whether samples of an instance are ordered by reception or by source timestamp. */
    DestinationOrder getDestinationOrder();

    /**
     * Returns how many samples per instance the reader keeps until they are taken
     * ({@code KEEP_LAST} with a depth, or {@code KEEP_ALL}).
     */
    History getHistory();

    /** Returns the maximum numbers of samples, instances and samples per instance the reader may hold. */
    ResourceLimits getResourceLimits();

    /**
     * Returns application data attached to the reader and announced in discovery
     * ({@code DCPSSubscription}).
     */
    UserData getUserData();

    /**
     * Returns whether the reader accepts updates of an instance from several writers
     * ({@code SHARED}) or only from the strongest one ({@code EXCLUSIVE}).
     */
    Ownership getOwnership();

    /**
     * Returns the minimum separation between two samples of one instance that are delivered to the
     * reader; samples arriving faster are dropped.
     */
    TimeBasedFilter getTimeBasedFilter();

    /**
     * Returns how long the reader keeps instances that have no writers left, or that were disposed,
     * before purging them.
     */
    ReaderDataLifecycle getReaderDataLifecycle();

    /** Returns the data representations the reader accepts. */
    DataRepresentation getRepresentation();

    /** Returns the rules deciding whether a writer's data type is compatible with the reader's. */
    TypeConsistencyEnforcement getTypeConsistency();

    /**
     * Returns whether the reader requests reliable or best-effort delivery. The OMG PSM's reader
     * QoS lacks this getter; it is kept for source compatibility with OpenSplice's Java 5 API.
     */
    Reliability getReliability();

    /** Returns a copy of this QoS with the given policy replaced. */
    DataReaderQos withPolicy(QosPolicy.ForDataReader policy);

    /** Returns a copy of this QoS with the given policies replaced. */
    DataReaderQos withPolicies(QosPolicy.ForDataReader... policies);
}
