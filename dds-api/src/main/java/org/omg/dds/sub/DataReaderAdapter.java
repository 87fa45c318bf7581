package org.omg.dds.sub;

import org.omg.dds.core.event.DataAvailableEvent;
import org.omg.dds.core.event.LivelinessChangedEvent;
import org.omg.dds.core.event.RequestedDeadlineMissedEvent;
import org.omg.dds.core.event.RequestedIncompatibleQosEvent;
import org.omg.dds.core.event.SampleLostEvent;
import org.omg.dds.core.event.SampleRejectedEvent;
import org.omg.dds.core.event.SubscriptionMatchedEvent;

/**
 * A {@link DataReaderListener} whose callbacks all do nothing. Extend it and override only the
 * callbacks of interest.
 *
 * @param <TYPE> the reader's data type
 */
public class DataReaderAdapter<TYPE> implements DataReaderListener<TYPE> {

    /** Creates an adapter whose callbacks do nothing. */
    public DataReaderAdapter() {
    }

    /**
     * {@inheritDoc}
     *
     * <p>This implementation does nothing.
     */
    public void onDataAvailable(DataAvailableEvent<TYPE> dataAvailableEvent) {
        // Intentionally empty: override only the callbacks you need.
    }

    /**
     * {@inheritDoc}
     *
     * <p>This implementation does nothing.
     */
    public void onLivelinessChanged(LivelinessChangedEvent<TYPE> livelinessChangedEvent) {
        // Intentionally empty: override only the callbacks you need.
    }

    /**
     * {@inheritDoc}
     *
     * <p>This implementation does nothing.
     */
    public void onRequestedDeadlineMissed(RequestedDeadlineMissedEvent<TYPE> requestedDeadlineMissedEvent) {
        // Intentionally empty: override only the callbacks you need.
    }

    /**
     * {@inheritDoc}
     *
     * <p>This implementation does nothing.
     */
    public void onRequestedIncompatibleQos(
            RequestedIncompatibleQosEvent<TYPE> requestedIncompatibleQosEvent) {
        // Intentionally empty: override only the callbacks you need.
    }

    /**
     * {@inheritDoc}
     *
     * <p>This implementation does nothing.
     */
    public void onSampleLost(SampleLostEvent<TYPE> sampleLostEvent) {
        // Intentionally empty: override only the callbacks you need.
    }

    /**
     * {@inheritDoc}
     *
     * <p>This implementation does nothing.
     */
    public void onSampleRejected(SampleRejectedEvent<TYPE> sampleRejectedEvent) {
        // Intentionally empty: override only the callbacks you need.
    }

    /**
     * {@inheritDoc}
     *
     * <p>This implementation does nothing.
     */
    public void onSubscriptionMatched(SubscriptionMatchedEvent<TYPE> subscriptionMatchedEvent) {
        // Intentionally empty: override only the callbacks you need.
    }
}
