package org.omg.dds.pub;

import org.omg.dds.core.EntityQos;
import org.omg.dds.core.policy.EntityFactory;
import org.omg.dds.core.policy.GroupData;
import org.omg.dds.core.policy.Partition;
import org.omg.dds.core.policy.Presentation;
import org.omg.dds.core.policy.QosPolicy;

/**
 * The QoS of a {@link Publisher}. Instances are immutable: the {@code with...} methods return
 * modified copies.
 */
public interface PublisherQos extends EntityQos<QosPolicy.ForPublisher> {

    /**
     * Returns how changes made by several writers of the publisher are grouped (coherent sets) and
     * ordered for readers.
     */
    Presentation getPresentation();

    /**
     * Returns the partitions the publisher's writers publish in; they only match readers of
     * subscribers sharing a partition.
     */
    Partition getPartition();

    /**
     * Returns application data attached to the publisher and announced in discovery with each of
     * its writers.
     */
    GroupData getGroupData();

    /** Returns the policy that says whether writers created by the publisher are enabled automatically. */
    EntityFactory getEntityFactory();

    /** Returns a copy of this QoS with the given policy replaced. */
    PublisherQos withPolicy(QosPolicy.ForPublisher policy);

    /** Returns a copy of this QoS with the given policies replaced. */
    PublisherQos withPolicies(QosPolicy.ForPublisher... policies);
}
