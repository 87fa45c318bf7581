package org.omg.dds.pub;

import java.util.EventListener;
import org.omg.dds.core.event.LivelinessLostEvent;
import org.omg.dds.core.event.OfferedDeadlineMissedEvent;
import org.omg.dds.core.event.OfferedIncompatibleQosEvent;
import org.omg.dds.core.event.PublicationMatchedEvent;

/**
 * Listener of a {@link Publisher}: it receives the status changes of the publisher's data writers
 * for every status kind that the writer's own listener is not enabled for.
 *
 * @see PublisherAdapter
 */
public interface PublisherListener extends EventListener {

    /** Called when a data writer did not write an instance within the period promised by its Deadline QoS. */
    void onOfferedDeadlineMissed(OfferedDeadlineMissedEvent<?> offeredDeadlineMissedEvent);

    /**
     * Called when a data writer found a reader of its topic whose requested QoS it cannot satisfy,
     * so the two do not match.
     */
    void onOfferedIncompatibleQos(OfferedIncompatibleQosEvent<?> offeredIncompatibleQosEvent);

    /**
     * Called when a data writer failed to assert its liveliness within its Liveliness lease
     * duration, so that its readers now consider it not alive.
     */
    void onLivelinessLost(LivelinessLostEvent<?> livelinessLostEvent);

    /** Called when a data writer starts or stops being matched with a compatible data reader. */
    void onPublicationMatched(PublicationMatchedEvent<?> publicationMatchedEvent);
}
