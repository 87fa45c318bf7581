package org.omg.dds.pub;

import org.omg.dds.core.event.LivelinessLostEvent;
import org.omg.dds.core.event.OfferedDeadlineMissedEvent;
import org.omg.dds.core.event.OfferedIncompatibleQosEvent;
import org.omg.dds.core.event.PublicationMatchedEvent;

/**
 * A {@link DataWriterListener} whose callbacks all do nothing. Extend it and override only the
 * callbacks of interest.
 *
 * @param <TYPE> the writer's data type
 */
public class DataWriterAdapter<TYPE> implements DataWriterListener<TYPE> {

    /** Creates an adapter whose callbacks do nothing. */
    public DataWriterAdapter() {
    }

    /**
     * {@inheritDoc}
     *
     * <p>This implementation does nothing.
     */
    public void onLivelinessLost(LivelinessLostEvent<TYPE> livelinessLostEvent) {
        // Intentionally empty: override only the callbacks you need.
    }

    /**
     * {@inheritDoc}
     *
     * <p>This implementation does nothing.
     */
    public void onOfferedDeadlineMissed(OfferedDeadlineMissedEvent<TYPE> offeredDeadlineMissedEvent) {
        // Intentionally empty: override only the callbacks you need.
    }

    /**
     * {@inheritDoc}
     *
     * <p>This implementation does nothing.
     */
    public void onOfferedIncompatibleQos(OfferedIncompatibleQosEvent<TYPE> offeredIncompatibleQosEvent) {
        // Intentionally empty: override only the callbacks you need.
    }

    /**
     * {@inheritDoc}
     *
     * <p>This implementation does nothing.
     */
    public void onPublicationMatched(PublicationMatchedEvent<TYPE> publicationMatchedEvent) {
        // Intentionally empty: override only the callbacks you need.
    }
}
