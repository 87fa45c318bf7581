package org.omg.dds.topic;

import java.io.Closeable;
import org.omg.dds.core.DDSObject;
import org.omg.dds.domain.DomainParticipant;
import org.omg.dds.type.TypeSupport;

/**
 * What a data reader reads: a {@link Topic}, a {@link ContentFilteredTopic} or a
 * {@link MultiTopic}. Each has a name, unique within its participant, and a data type.
 *
 * @param <TYPE> the type of the samples
 */
public interface TopicDescription<TYPE> extends Closeable, DDSObject {

    /** Returns the type support of the data type. */
    TypeSupport<TYPE> getTypeSupport();

    /**
     * Returns this topic description with a different type argument. This is an unchecked cast,
     * useful when the data type is only known at run time.
     */
    <OTHER> TopicDescription<OTHER> cast();

    /** Returns the name under which the data type is registered. */
    String getTypeName();

    /** Returns the name of this topic description. */
    String getName();

    /** Returns the participant that created this topic description. */
    DomainParticipant getParent();

    /**
     * Deletes this topic description.
     *
     * @throws org.omg.dds.core.PreconditionNotMetException if it is still in use: by a data reader,
     *        or for a topic also by a data writer, content-filtered topic or multi-topic
     */
    void close();
}
