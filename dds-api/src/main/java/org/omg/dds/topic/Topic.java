package org.omg.dds.topic;

import org.omg.dds.core.DomainEntity;
import org.omg.dds.core.StatusCondition;
import org.omg.dds.core.status.InconsistentTopicStatus;
import org.omg.dds.domain.DomainParticipant;

/** TODO */
public interface Topic<TYPE> extends TopicDescription<TYPE>, DomainEntity<TopicListener<TYPE>, TopicQos> {

    /** TODO */
    InconsistentTopicStatus getInconsistentTopicStatus();

    /** TODO */
    StatusCondition<Topic<TYPE>> getStatusCondition();

    /** TODO */
    DomainParticipant getParent();
}
