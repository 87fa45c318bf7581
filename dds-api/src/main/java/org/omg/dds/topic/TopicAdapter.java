package org.omg.dds.topic;

import org.omg.dds.core.event.InconsistentTopicEvent;

/**
 * A {@link TopicListener} whose callback does nothing. Extend it and override the callback if
 * needed.
 *
 * @param <TYPE> the topic's data type
 */
public class TopicAdapter<TYPE> implements TopicListener<TYPE> {

    /** Creates an adapter whose callback does nothing. */
    public TopicAdapter() {
    }

    /**
     * {@inheritDoc}
     *
     * <p>This implementation does nothing.
     */
    public void onInconsistentTopic(InconsistentTopicEvent<TYPE> inconsistentTopicEvent) {
        // Intentionally empty: override only the callbacks you need.
    }
}
