package org.omg.dds.core.policy;

import io.sirocco.dds.spi.Environments;
import org.omg.dds.core.DDSObject;
import org.omg.dds.core.ServiceEnvironment;

/** TODO */
public abstract class PolicyFactory implements DDSObject {

    /** TODO */
    public PolicyFactory() {
    }

    /** TODO */
    public static PolicyFactory getPolicyFactory(ServiceEnvironment env) {
        return Environments.spi(env).getPolicyFactory();
    }

    /** TODO */
    public abstract Durability Durability();

    /** TODO */
    public abstract Deadline Deadline();

    /** TODO */
    public abstract LatencyBudget LatencyBudget();

    /** TODO */
    public abstract Liveliness Liveliness();

    /** TODO */
    public abstract DestinationOrder DestinationOrder();

    /** TODO */
    public abstract History History();

    /** TODO */
    public abstract ResourceLimits ResourceLimits();

    /** TODO */
    public abstract UserData UserData();

    /** TODO */
    public abstract Ownership Ownership();

    /** TODO */
    public abstract TimeBasedFilter TimeBasedFilter();

    /** TODO */
    public abstract ReaderDataLifecycle ReaderDataLifecycle();

    /** TODO */
    public abstract DataRepresentation Representation();

    /** TODO */
    public abstract TypeConsistencyEnforcement TypeConsistency();

    /** TODO */
    public abstract DurabilityService DurabilityService();

    /** TODO */
    public abstract Reliability Reliability();

    /** TODO */
    public abstract TransportPriority TransportPriority();

    /** TODO */
    public abstract Lifespan Lifespan();

    /** TODO */
    public abstract OwnershipStrength OwnershipStrength();

    /** TODO */
    public abstract WriterDataLifecycle WriterDataLifecycle();

    /** TODO */
    public abstract Partition Partition();

    /** TODO */
    public abstract GroupData GroupData();

    /** TODO */
    public abstract EntityFactory EntityFactory();

    /** TODO (OpenSplice addition) */
    public abstract DataRepresentation DataRepresentation();

    /** TODO (OpenSplice addition) */
    public abstract Presentation Presentation();

    /** TODO (OpenSplice addition) */
    public abstract TopicData TopicData();
}
