package org.omg.dds.core.event;

import org.omg.dds.core.status.InconsistentTopicStatus;
import org.omg.dds.topic.Topic;

/** TODO */
public abstract class InconsistentTopicEvent<TYPE> extends StatusChangedEvent<Topic<TYPE>> {

    /** TODO */
    protected InconsistentTopicEvent(Topic<TYPE> topic) {
        super(topic);
    }

    /** TODO */
    public abstract InconsistentTopicStatus getStatus();

    /** TODO */
    public abstract InconsistentTopicEvent<TYPE> clone();
}
