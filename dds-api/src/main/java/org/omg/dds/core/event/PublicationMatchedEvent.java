package org.omg.dds.core.event;

import org.omg.dds.core.status.PublicationMatchedStatus;
import org.omg.dds.pub.DataWriter;

/**
 * Reports that a data writer started or stopped being matched with a compatible data reader.
 * Delivered to
 * {@link org.omg.dds.pub.DataWriterListener#onPublicationMatched(PublicationMatchedEvent)}, or to
 * the corresponding callback of an enclosing entity's listener when the entity's own listener does
 * not handle this status.
 *
 * @param <TYPE> the data type of the data writer's topic
 */
public abstract class PublicationMatchedEvent<TYPE> extends StatusChangedEvent<DataWriter<TYPE>> {

    /**
     * Creates an event for a status change of {@code dataWriter}.
     *
     * @param dataWriter the data writer whose status changed
     * @throws IllegalArgumentException if {@code dataWriter} is {@code null}
     */
    protected PublicationMatchedEvent(DataWriter<TYPE> dataWriter) {
        super(dataWriter);
    }

    /** Returns a snapshot of the status at the time of the change. */
    public abstract PublicationMatchedStatus getStatus();

    /** Returns an independent copy of this event that remains valid after the callback returns. */
    public abstract PublicationMatchedEvent<TYPE> clone();
}
