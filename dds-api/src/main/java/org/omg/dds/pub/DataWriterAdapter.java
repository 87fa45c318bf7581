package org.omg.dds.pub;

import org.omg.dds.core.event.LivelinessLostEvent;
import org.omg.dds.core.event.OfferedDeadlineMissedEvent;
import org.omg.dds.core.event.OfferedIncompatibleQosEvent;
import org.omg.dds.core.event.PublicationMatchedEvent;

/** TODO */
public class DataWriterAdapter<TYPE> implements DataWriterListener<TYPE> {

    /** TODO */
    public DataWriterAdapter() {
    }

    /** TODO */
    public void onLivelinessLost(LivelinessLostEvent<TYPE> livelinessLostEvent) {
        // Intentionally empty: override only the callbacks you need.
    }

    /** TODO */
    public void onOfferedDeadlineMissed(OfferedDeadlineMissedEvent<TYPE> offeredDeadlineMissedEvent) {
        // Intentionally empty: override only the callbacks you need.
    }

    /** TODO */
    public void onOfferedIncompatibleQos(OfferedIncompatibleQosEvent<TYPE> offeredIncompatibleQosEvent) {
        // Intentionally empty: override only the callbacks you need.
    }

    /** TODO */
    public void onPublicationMatched(PublicationMatchedEvent<TYPE> publicationMatchedEvent) {
        // Intentionally empty: override only the callbacks you need.
    }
}
