package org.omg.dds.topic;

import org.omg.dds.core.DomainEntity;
import org.omg.dds.core.StatusCondition;
import org.omg.dds.core.status.InconsistentTopicStatus;
import org.omg.dds.domain.DomainParticipant;

/**
 * The basic topic description: a name, unique in the domain, bound to a data type and a QoS. Data
 * writers publish on it and data readers subscribe to it, directly or through a content-filtered
 * topic or multi-topic. Topics created with the same name by different participants must agree on
 * the type, otherwise an inconsistent-topic status is raised.
 *
 * @param <TYPE> the type of the samples
 */
public interface Topic<TYPE> extends TopicDescription<TYPE>, DomainEntity<TopicListener<TYPE>, TopicQos> {

    /** Returns the inconsistent-topic status and resets its change counter. */
    InconsistentTopicStatus getInconsistentTopicStatus();

    /** Returns the status condition of this topic, for use in a wait set. */
    StatusCondition<Topic<TYPE>> getStatusCondition();

    /** Returns the participant that created this topic. */
    DomainParticipant getParent();
}
