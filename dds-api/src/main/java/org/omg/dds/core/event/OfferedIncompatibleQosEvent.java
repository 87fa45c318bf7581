package org.omg.dds.core.event;

import org.omg.dds.core.status.OfferedIncompatibleQosStatus;
import org.omg.dds.pub.DataWriter;

/**
 * Reports that a data writer found a reader of its topic whose requested QoS its offered QoS
 * cannot satisfy. Delivered to
 * {@link org.omg.dds.pub.DataWriterListener#onOfferedIncompatibleQos(OfferedIncompatibleQosEvent)},
 * or to the corresponding callback of an enclosing entity's listener when the entity's own
 * listener does not handle this status.
 *
 * @param <TYPE> the data type of the data writer's topic
 */
public abstract class OfferedIncompatibleQosEvent<TYPE> extends StatusChangedEvent<DataWriter<TYPE>> {

    /**
     * Creates an event for a status change of {@code dataWriter}.
     *
     * @param dataWriter the data writer whose status changed
     * @throws IllegalArgumentException if {@code dataWriter} is {@code null}
     */
    protected OfferedIncompatibleQosEvent(DataWriter<TYPE> dataWriter) {
        super(dataWriter);
    }

    /** Returns a snapshot of the status at the time of the change. */
    public abstract OfferedIncompatibleQosStatus getStatus();

    /** Returns an independent copy of this event that remains valid after the callback returns. */
    public abstract OfferedIncompatibleQosEvent<TYPE> clone();
}
