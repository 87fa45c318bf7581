package org.omg.dds.pub;

import java.util.EventListener;
import org.omg.dds.core.event.LivelinessLostEvent;
import org.omg.dds.core.event.OfferedDeadlineMissedEvent;
import org.omg.dds.core.event.OfferedIncompatibleQosEvent;
import org.omg.dds.core.event.PublicationMatchedEvent;

/**
 * Receives the status changes of a {@link DataWriter}. It is attached when the writer is created or
 * with {@code setListener}, together with the set of status kinds it wants; its callbacks run on a
 * middleware thread and should return quickly.
 *
 * @param <TYPE> the writer's data type
 * @see DataWriterAdapter
 */
public interface DataWriterListener<TYPE> extends EventListener {

    /** Called when a data writer did not write an instance within the period promised by its Deadline QoS. */
    void onOfferedDeadlineMissed(OfferedDeadlineMissedEvent<TYPE> offeredDeadlineMissedEvent);

    /**
     * Called when a data writer found a reader of its topic whose requested QoS it cannot satisfy,
     * so the two do not match.
     */
    void onOfferedIncompatibleQos(OfferedIncompatibleQosEvent<TYPE> offeredIncompatibleQosEvent);

    /**
     * Called when a data writer failed to assert its liveliness within its Liveliness lease
     * duration, so that its readers now consider it not alive.
     */
    void onLivelinessLost(LivelinessLostEvent<TYPE> livelinessLostEvent);

    /** Called when a data writer starts or stops being matched with a compatible data reader. */
    void onPublicationMatched(PublicationMatchedEvent<TYPE> publicationMatchedEvent);
}
