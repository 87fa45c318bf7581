package org.omg.dds.sub;

import org.omg.dds.core.EntityQos;
import org.omg.dds.core.policy.EntityFactory;
import org.omg.dds.core.policy.GroupData;
import org.omg.dds.core.policy.Partition;
import org.omg.dds.core.policy.Presentation;
import org.omg.dds.core.policy.QosPolicy;

/** TODO */
public interface SubscriberQos extends EntityQos<QosPolicy.ForSubscriber> {

    /** TODO */
    Presentation getPresentation();

    /** TODO */
    Partition getPartition();

    /** TODO */
    GroupData getGroupData();

    /** TODO */
    EntityFactory getEntityFactory();

    /** TODO */
    SubscriberQos withPolicy(QosPolicy.ForSubscriber forSubscriber);

    /** TODO */
    SubscriberQos withPolicies(QosPolicy.ForSubscriber... forSubscribers);
}
