package org.omg.dds.core.event;

import org.omg.dds.core.status.LivelinessLostStatus;
import org.omg.dds.pub.DataWriter;

/**
 * Reports that a data writer failed to assert its liveliness in time, so that its readers now
 * consider it not alive. Delivered to
 * {@link org.omg.dds.pub.DataWriterListener#onLivelinessLost(LivelinessLostEvent)}, or to the
 * corresponding callback of an enclosing entity's listener when the entity's own listener does not
 * handle this status.
 *
 * @param <TYPE> the data type of the data writer's topic
 */
public abstract class LivelinessLostEvent<TYPE> extends StatusChangedEvent<DataWriter<TYPE>> {

    /**
     * Creates an event for a status change of {@code dataWriter}.
     *
     * @param dataWriter the data writer whose status changed
     * @throws IllegalArgumentException if {@code dataWriter} is {@code null}
     */
    protected LivelinessLostEvent(DataWriter<TYPE> dataWriter) {
        super(dataWriter);
    }

    /** Returns a snapshot of the status at the time of the change. */
    public abstract LivelinessLostStatus getStatus();

    /** Returns an independent copy of this event that remains valid after the callback returns. */
    public abstract LivelinessLostEvent<TYPE> clone();
}
