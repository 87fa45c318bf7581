package org.omg.dds.topic;

import java.util.EventListener;
import org.omg.dds.core.event.InconsistentTopicEvent;

/** TODO */
public interface TopicListener<TYPE> extends EventListener {

    /** TODO */
    void onInconsistentTopic(InconsistentTopicEvent<TYPE> inconsistentTopicEvent);
}
