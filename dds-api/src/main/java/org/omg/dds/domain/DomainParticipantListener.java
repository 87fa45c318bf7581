package org.omg.dds.domain;

import org.omg.dds.core.event.InconsistentTopicEvent;
import org.omg.dds.pub.PublisherListener;
import org.omg.dds.sub.SubscriberListener;

/** TODO */
public interface DomainParticipantListener extends PublisherListener, SubscriberListener {

    /** TODO */
    void onInconsistentTopic(InconsistentTopicEvent<?> inconsistentTopicEvent);
}
