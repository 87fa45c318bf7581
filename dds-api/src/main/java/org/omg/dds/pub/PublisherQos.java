package org.omg.dds.pub;

import org.omg.dds.core.EntityQos;
import org.omg.dds.core.policy.EntityFactory;
import org.omg.dds.core.policy.GroupData;
import org.omg.dds.core.policy.Partition;
import org.omg.dds.core.policy.Presentation;
import org.omg.dds.core.policy.QosPolicy;

/** TODO */
public interface PublisherQos extends EntityQos<QosPolicy.ForPublisher> {

    /** TODO */
    Presentation getPresentation();

    /** TODO */
    Partition getPartition();

    /** TODO */
    GroupData getGroupData();

    /** TODO */
    EntityFactory getEntityFactory();

    /** TODO */
    PublisherQos withPolicy(QosPolicy.ForPublisher forPublisher);

    /** TODO */
    PublisherQos withPolicies(QosPolicy.ForPublisher... forPublishers);
}
