package org.omg.dds.topic;

import java.util.EventListener;
import org.omg.dds.core.event.InconsistentTopicEvent;

/**
 * Receives the status changes of a {@link Topic}.
 *
 * @param <TYPE> the topic's data type
 * @see TopicAdapter
 */
public interface TopicListener<TYPE> extends EventListener {

    /**
     * Called when a remote topic is discovered with the same name as this topic but with an
     * inconsistent type or QoS.
     */
    void onInconsistentTopic(InconsistentTopicEvent<TYPE> inconsistentTopicEvent);
}
