package org.omg.dds.core.policy;

import io.sirocco.dds.spi.Environments;
import org.omg.dds.core.DDSObject;
import org.omg.dds.core.ServiceEnvironment;

/**
 * The factory of the QoS policies of a {@link ServiceEnvironment}.
 *
 * <p>Each factory method returns a policy holding the default value defined by the DDS
 * specification; applications derive the values they need from it with the policy's
 * {@code withXxx} methods, which return modified copies. Since policies are immutable, the same
 * default instance may be returned by every call.
 */
public abstract class PolicyFactory implements DDSObject {

    /** For implementations only; applications call {@link #getPolicyFactory(ServiceEnvironment)}. */
    public PolicyFactory() {
    }

    /**
     * Returns the policy factory of an environment.
     *
     * @param env the environment whose policies are wanted
     * @throws IllegalArgumentException if {@code env} is {@code null}
     */
    public static PolicyFactory getPolicyFactory(ServiceEnvironment env) {
        return Environments.spi(env).getPolicyFactory();
    }

    /** Returns the default {@link Durability} policy ({@code VOLATILE}). */
    public abstract Durability Durability();

    /** Returns the default {@link Deadline} policy (infinite period). */
    public abstract Deadline Deadline();

    /** Returns the default {@link LatencyBudget} policy (zero duration). */
    public abstract LatencyBudget LatencyBudget();

    /** Returns the default {@link Liveliness} policy ({@code AUTOMATIC}, infinite lease duration). */
    public abstract Liveliness Liveliness();

    /** Returns the default {@link DestinationOrder} policy ({@code BY_RECEPTION_TIMESTAMP}). */
    public abstract DestinationOrder DestinationOrder();

    /** Returns the default {@link History} policy ({@code KEEP_LAST} with depth 1). */
    public abstract History History();

    /** Returns the default {@link ResourceLimits} policy (all limits unlimited). */
    public abstract ResourceLimits ResourceLimits();

    /** Returns the default {@link UserData} policy (empty value). */
    public abstract UserData UserData();

    /** Returns the default {@link Ownership} policy ({@code SHARED}). */
    public abstract Ownership Ownership();

    /** Returns the default {@link TimeBasedFilter} policy (zero minimum separation). */
    public abstract TimeBasedFilter TimeBasedFilter();

    /** Returns the default {@link ReaderDataLifecycle} policy (both purge delays infinite). */
    public abstract ReaderDataLifecycle ReaderDataLifecycle();

    /** Returns the default {@link DataRepresentation} policy. */
    public abstract DataRepresentation Representation();

    /** Returns the default {@link TypeConsistencyEnforcement} policy. */
    public abstract TypeConsistencyEnforcement TypeConsistency();

    /**
     * Returns the default {@link DurabilityService} policy (zero cleanup delay, {@code KEEP_LAST}
     * with depth 1, all limits unlimited).
     */
    public abstract DurabilityService DurabilityService();

    /**
     * Returns a default {@link Reliability} policy. The DDS defaults differ by entity: topics and
     * readers default to {@code BEST_EFFORT}, writers to {@code RELIABLE}, all with a maximum
     * blocking time of 100 ms.
     */
    public abstract Reliability Reliability();

    /** Returns the default {@link TransportPriority} policy (priority 0). */
    public abstract TransportPriority TransportPriority();

    /** Returns the default {@link Lifespan} policy (infinite duration). */
    public abstract Lifespan Lifespan();

    /** Returns the default {@link OwnershipStrength} policy (strength 0). */
    public abstract OwnershipStrength OwnershipStrength();

    /** Returns the default {@link WriterDataLifecycle} policy (unregistered instances are disposed). */
    public abstract WriterDataLifecycle WriterDataLifecycle();

    /** Returns the default {@link Partition} policy (no names, that is the default partition). */
    public abstract Partition Partition();

    /** Returns the default {@link GroupData} policy (empty value). */
    public abstract GroupData GroupData();

    /** Returns the default {@link EntityFactory} policy (created entities are enabled automatically). */
    public abstract EntityFactory EntityFactory();

    /**
     * Returns the default {@link DataRepresentation} policy; equivalent to {@link #Representation()}.
     * Kept for source compatibility with OpenSplice's Java 5 API.
     */
    public abstract DataRepresentation DataRepresentation();

    /**
     * Returns the default {@link Presentation} policy ({@code INSTANCE} access scope, neither
     * coherent nor ordered access). Kept for source compatibility with OpenSplice's Java 5 API.
     */
    public abstract Presentation Presentation();

    /**
     * Returns the default {@link TopicData} policy (empty value). Kept for source compatibility with
     * OpenSplice's Java 5 API.
     */
    public abstract TopicData TopicData();
}
