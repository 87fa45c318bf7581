package org.omg.dds.pub;

import org.omg.dds.core.event.LivelinessLostEvent;
import org.omg.dds.core.event.OfferedDeadlineMissedEvent;
import org.omg.dds.core.event.OfferedIncompatibleQosEvent;
import org.omg.dds.core.event.PublicationMatchedEvent;

/**
 * A {@link PublisherListener} whose callbacks all do nothing. Extend it and override only the
 * callbacks of interest.
 */
public class PublisherAdapter implements PublisherListener {

    /** Creates an adapter whose callbacks do nothing. */
    public PublisherAdapter() {
    }

    /**
     * {@inheritDoc}
     *
     * <p>This implementation does nothing.
     */
    public void onLivelinessLost(LivelinessLostEvent<?> livelinessLostEvent) {
        // Intentionally empty: override only the callbacks you need.
    }

    /**
     * {@inheritDoc}
     *
     * <p>This implementation does nothing.
     */
    public void onOfferedDeadlineMissed(OfferedDeadlineMissedEvent<?> offeredDeadlineMissedEvent) {
        // Intentionally empty: override only the callbacks you need.
    }

    /**
     * {@inheritDoc}
     *
     * <p>This implementation does nothing.
     */
    public void onOfferedIncompatibleQos(OfferedIncompatibleQosEvent<?> offeredIncompatibleQosEvent) {
        // Intentionally empty: override only the callbacks you need.
    }

    /**
     * {@inheritDoc}
     *
     * <p>This implementation does nothing.
     */
    public void onPublicationMatched(PublicationMatchedEvent<?> publicationMatchedEvent) {
        // Intentionally empty: override only the callbacks you need.
    }
}
