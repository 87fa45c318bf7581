package io.sirocco.dcps.topic;

import io.sirocco.dcps.domain.SiroccoParticipant;
import io.sirocco.dcps.sub.SiroccoDataReader;
import java.util.function.Predicate;
import org.omg.dds.topic.TopicDescription;

/** What a reader needs from the topic description it reads: a topic, or a content-filtered one. */
public interface TopicView<T> extends TopicDescription<T> {

    /** The topic samples are written to (the related topic of a content-filtered topic). */
    SiroccoTopic<T> topic();

    /** The content filter samples must pass, or {@code null} for every sample. */
    Predicate<T> filter();

    SiroccoParticipant participant();

    /** A reader of this description was created: it now depends on it. */
    void readerCreated(SiroccoDataReader<T> reader);

    /** A reader of this description was closed. */
    void readerClosed(SiroccoDataReader<?> reader);
}
