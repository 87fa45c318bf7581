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

/** TODO */
public interface DataWriterQos extends EntityQos<QosPolicy.ForDataWriter> {

    /** TODO */
    Durability getDurability();

    /** TODO */
    DurabilityService getDurabilityService();

    /** TODO */
    Deadline getDeadline();

    /** TODO */
    LatencyBudget getLatencyBudget();

    /** TODO */
    Liveliness getLiveliness();

    /** TODO */
    Reliability getReliability();

    /** TODO */
    DestinationOrder getDestinationOrder();

    /** TODO */
    History getHistory();

    /** TODO */
    ResourceLimits getResourceLimits();

    /** TODO */
    TransportPriority getTransportPriority();

    /** TODO */
    Lifespan getLifespan();

    /** TODO */
    UserData getUserData();

    /** TODO */
    Ownership getOwnership();

    /** TODO */
    OwnershipStrength getOwnershipStrength();

    /** TODO */
    WriterDataLifecycle getWriterDataLifecycle();

    /** TODO */
    DataRepresentation getRepresentation();

    /** TODO */
    TypeConsistencyEnforcement getTypeConsistency();

    /** TODO */
    DataWriterQos withPolicy(QosPolicy.ForDataWriter forDataWriter);

    /** TODO */
    DataWriterQos withPolicies(QosPolicy.ForDataWriter... forDataWriters);
}
