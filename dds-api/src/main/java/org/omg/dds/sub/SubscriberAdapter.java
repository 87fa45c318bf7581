package org.omg.dds.sub;

import org.omg.dds.core.event.DataAvailableEvent;
import org.omg.dds.core.event.DataOnReadersEvent;
import org.omg.dds.core.event.LivelinessChangedEvent;
import org.omg.dds.core.event.RequestedDeadlineMissedEvent;
import org.omg.dds.core.event.RequestedIncompatibleQosEvent;
import org.omg.dds.core.event.SampleLostEvent;
import org.omg.dds.core.event.SampleRejectedEvent;
import org.omg.dds.core.event.SubscriptionMatchedEvent;

/** TODO */
public class SubscriberAdapter implements SubscriberListener {

    /** TODO */
    public SubscriberAdapter() {
    }

    /** TODO */
    public void onDataAvailable(DataAvailableEvent<?> dataAvailableEvent) {
        // Intentionally empty: override only the callbacks you need.
    }

    /** TODO */
    public void onLivelinessChanged(LivelinessChangedEvent<?> livelinessChangedEvent) {
        // Intentionally empty: override only the callbacks you need.
    }

    /** TODO */
    public void onRequestedDeadlineMissed(RequestedDeadlineMissedEvent<?> requestedDeadlineMissedEvent) {
        // Intentionally empty: override only the callbacks you need.
    }

    /** TODO */
    public void onRequestedIncompatibleQos(RequestedIncompatibleQosEvent<?> requestedIncompatibleQosEvent) {
        // Intentionally empty: override only the callbacks you need.
    }

    /** TODO */
    public void onSampleLost(SampleLostEvent<?> sampleLostEvent) {
        // Intentionally empty: override only the callbacks you need.
    }

    /** TODO */
    public void onSampleRejected(SampleRejectedEvent<?> sampleRejectedEvent) {
        // Intentionally empty: override only the callbacks you need.
    }

    /** TODO */
    public void onSubscriptionMatched(SubscriptionMatchedEvent<?> subscriptionMatchedEvent) {
        // Intentionally empty: override only the callbacks you need.
    }

    /** TODO */
    public void onDataOnReaders(DataOnReadersEvent dataOnReadersEvent) {
        // Intentionally empty: override only the callbacks you need.
    }
}
