package org.omg.dds.sub;

import org.omg.dds.core.event.DataAvailableEvent;
import org.omg.dds.core.event.DataOnReadersEvent;
import org.omg.dds.core.event.LivelinessChangedEvent;
import org.omg.dds.core.event.RequestedDeadlineMissedEvent;
import org.omg.dds.core.event.RequestedIncompatibleQosEvent;
import org.omg.dds.core.event.SampleLostEvent;
import org.omg.dds.core.event.SampleRejectedEvent;
import org.omg.dds.core.event.SubscriptionMatchedEvent;

/**
 * A {@link SubscriberListener} whose callbacks all do nothing. Extend it and override only the
 * callbacks of interest.
 */
public class SubscriberAdapter implements SubscriberListener {

    /** Creates an adapter whose callbacks do nothing. */
    public SubscriberAdapter() {
    }

    /**
     * {@inheritDoc}
     *
     * <p>This implementation does nothing.
     */
    public void onDataAvailable(DataAvailableEvent<?> dataAvailableEvent) {
        // Intentionally empty: override only the callbacks you need.
    }

    /**
     * {@inheritDoc}
     *
     * <p>This implementation does nothing.
     */
    public void onLivelinessChanged(LivelinessChangedEvent<?> livelinessChangedEvent) {
        // Intentionally empty: override only the callbacks you need.
    }

    /**
     * {@inheritDoc}
     *
     * <p>This implementation does nothing.
     */
    public void onRequestedDeadlineMissed(RequestedDeadlineMissedEvent<?> requestedDeadlineMissedEvent) {
        // Intentionally empty: override only the callbacks you need.
    }

    /**
     * {@inheritDoc}
     *
     * <p>This implementation does nothing.
     */
    public void onRequestedIncompatibleQos(RequestedIncompatibleQosEvent<?> requestedIncompatibleQosEvent) {
        // Intentionally empty: override only the callbacks you need.
    }

    /**
     * {@inheritDoc}
     *
     * <p>This implementation does nothing.
     */
    public void onSampleLost(SampleLostEvent<?> sampleLostEvent) {
        // Intentionally empty: override only the callbacks you need.
    }

    /**
     * {@inheritDoc}
     *
     * <p>This implementation does nothing.
     */
    public void onSampleRejected(SampleRejectedEvent<?> sampleRejectedEvent) {
        // Intentionally empty: override only the callbacks you need.
    }

    /**
     * {@inheritDoc}
     *
     * <p>This implementation does nothing.
     */
    public void onSubscriptionMatched(SubscriptionMatchedEvent<?> subscriptionMatchedEvent) {
        // Intentionally empty: override only the callbacks you need.
    }

    /**
     * {@inheritDoc}
     *
     * <p>This implementation does nothing.
     */
    public void onDataOnReaders(DataOnReadersEvent dataOnReadersEvent) {
        // Intentionally empty: override only the callbacks you need.
    }
}
