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

/** TODO */
public interface DataReaderQos extends EntityQos<QosPolicy.ForDataReader> {

    /** TODO */
    Durability getDurability();

    /** TODO */
    Deadline getDeadline();

    /** TODO */
    LatencyBudget getLatencyBudget();

    /** TODO */
    Liveliness getLiveliness();

    /** TODO */
    DestinationOrder getDestinationOrder();

    /** TODO */
    History getHistory();

    /** TODO */
    ResourceLimits getResourceLimits();

    /** TODO */
    UserData getUserData();

    /** TODO */
    Ownership getOwnership();

    /** TODO */
    TimeBasedFilter getTimeBasedFilter();

    /** TODO */
    ReaderDataLifecycle getReaderDataLifecycle();

    /** TODO */
    DataRepresentation getRepresentation();

    /** TODO */
    TypeConsistencyEnforcement getTypeConsistency();

/** TODO (OpenSplice addition) */
Reliability getReliability();

    /** TODO */
    DataReaderQos withPolicy(QosPolicy.ForDataReader forDataReader);

    /** TODO */
    DataReaderQos withPolicies(QosPolicy.ForDataReader... forDataReaders);
}
