package org.omg.dds.core.event;

import org.omg.dds.core.status.InconsistentTopicStatus;
import org.omg.dds.topic.Topic;

/**
 * Reports that a topic with the same name as a local topic but different characteristics was
 * discovered. Delivered to
 * {@link org.omg.dds.topic.TopicListener#onInconsistentTopic(InconsistentTopicEvent)}, or to the
 * corresponding callback of an enclosing entity's listener when the entity's own listener does not
 * handle this status.
 *
 * @param <TYPE> the data type of the topic
 */
public abstract class InconsistentTopicEvent<TYPE> extends StatusChangedEvent<Topic<TYPE>> {

    /**
     * Creates an event for a status change of {@code topic}.
     *
     * @param topic the topic whose status changed
     * @throws IllegalArgumentException if {@code topic} is {@code null}
     */
    protected InconsistentTopicEvent(Topic<TYPE> topic) {
        super(topic);
    }

    /** Returns a snapshot of the status at the time of the change. */
    public abstract InconsistentTopicStatus getStatus();

    /** Returns an independent copy of this event that remains valid after the callback returns. */
    public abstract InconsistentTopicEvent<TYPE> clone();
}
