package org.omg.dds.sub;

import org.omg.dds.core.EntityQos;
import org.omg.dds.core.policy.EntityFactory;
import org.omg.dds.core.policy.GroupData;
import org.omg.dds.core.policy.Partition;
import org.omg.dds.core.policy.Presentation;
import org.omg.dds.core.policy.QosPolicy;

/**
 * The QoS of a {@link Subscriber}. Instances are immutable: the {@code with...} methods return
 * modified copies.
 */
public interface SubscriberQos extends EntityQos<QosPolicy.ForSubscriber> {

    /**
     * Returns how changes made by several writers are presented to the subscriber's readers:
     * whether coherent sets are respected and how samples are ordered.
     */
    Presentation getPresentation();

    /**
     * Returns the partitions the subscriber's readers receive from; they only match writers of
     * publishers sharing a partition.
     */
    Partition getPartition();

    /**
     * Returns application data attached to the subscriber and announced in discovery with each of
     * its readers.
     */
    GroupData getGroupData();

    /** Returns the policy that says whether readers created by the subscriber are enabled automatically. */
    EntityFactory getEntityFactory();

    /** Returns a copy of this QoS with the given policy replaced. */
    SubscriberQos withPolicy(QosPolicy.ForSubscriber policy);

    /** Returns a copy of this QoS with the given policies replaced. */
    SubscriberQos withPolicies(QosPolicy.ForSubscriber... policies);
}
