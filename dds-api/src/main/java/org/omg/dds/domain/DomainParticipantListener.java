package org.omg.dds.domain;

import org.omg.dds.core.event.InconsistentTopicEvent;
import org.omg.dds.pub.PublisherListener;
import org.omg.dds.sub.SubscriberListener;

/**
 * Listener of a {@link DomainParticipant}. Besides the participant's own status, it receives the
 * status changes of every contained entity that has no listener of its own enabled for that status,
 * so one listener can serve a whole application.
 *
 * @see DomainParticipantAdapter
 */
public interface DomainParticipantListener extends PublisherListener, SubscriberListener {

    /**
     * Called when a remote topic is discovered whose name matches a local topic but whose type or
     * QoS is inconsistent with it.
     */
    void onInconsistentTopic(InconsistentTopicEvent<?> inconsistentTopicEvent);
}
