package org.omg.dds.topic;

import org.omg.dds.core.event.InconsistentTopicEvent;

/** TODO */
public class TopicAdapter<TYPE> implements TopicListener<TYPE> {

    /** TODO */
    public TopicAdapter() {
    }

    /** TODO */
    public void onInconsistentTopic(InconsistentTopicEvent<TYPE> inconsistentTopicEvent) {
        // Intentionally empty: override only the callbacks you need.
    }
}
