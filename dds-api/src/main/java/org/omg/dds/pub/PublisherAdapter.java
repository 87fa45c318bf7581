package org.omg.dds.pub;

import org.omg.dds.core.event.LivelinessLostEvent;
import org.omg.dds.core.event.OfferedDeadlineMissedEvent;
import org.omg.dds.core.event.OfferedIncompatibleQosEvent;
import org.omg.dds.core.event.PublicationMatchedEvent;

/** TODO */
public class PublisherAdapter implements PublisherListener {

    /** TODO */
    public PublisherAdapter() {
    }

    /** TODO */
    public void onLivelinessLost(LivelinessLostEvent<?> livelinessLostEvent) {
        // Intentionally empty: override only the callbacks you need.
    }

    /** TODO */
    public void onOfferedDeadlineMissed(OfferedDeadlineMissedEvent<?> offeredDeadlineMissedEvent) {
        // Intentionally empty: override only the callbacks you need.
    }

    /** TODO */
    public void onOfferedIncompatibleQos(OfferedIncompatibleQosEvent<?> offeredIncompatibleQosEvent) {
        // Intentionally empty: override only the callbacks you need.
    }

    /** TODO */
    public void onPublicationMatched(PublicationMatchedEvent<?> publicationMatchedEvent) {
        // Intentionally empty: override only the callbacks you need.
    }
}
