package org.omg.dds.sub;

import org.omg.dds.core.event.DataAvailableEvent;
import org.omg.dds.core.event.LivelinessChangedEvent;
import org.omg.dds.core.event.RequestedDeadlineMissedEvent;
import org.omg.dds.core.event.RequestedIncompatibleQosEvent;
import org.omg.dds.core.event.SampleLostEvent;
import org.omg.dds.core.event.SampleRejectedEvent;
import org.omg.dds.core.event.SubscriptionMatchedEvent;

/** TODO */
public class DataReaderAdapter<TYPE> implements DataReaderListener<TYPE> {

    /** TODO */
    public DataReaderAdapter() {
    }

    /** TODO */
    public void onDataAvailable(DataAvailableEvent<TYPE> dataAvailableEvent) {
        // Intentionally empty: override only the callbacks you need.
    }

    /** TODO */
    public void onLivelinessChanged(LivelinessChangedEvent<TYPE> livelinessChangedEvent) {
        // Intentionally empty: override only the callbacks you need.
    }

    /** TODO */
    public void onRequestedDeadlineMissed(RequestedDeadlineMissedEvent<TYPE> requestedDeadlineMissedEvent) {
        // Intentionally empty: override only the callbacks you need.
    }

    /** TODO */
    public void onRequestedIncompatibleQos(RequestedIncompatibleQosEvent<TYPE> requestedIncompatibleQosEvent) {
        // Intentionally empty: override only the callbacks you need.
    }

    /** TODO */
    public void onSampleLost(SampleLostEvent<TYPE> sampleLostEvent) {
        // Intentionally empty: override only the callbacks you need.
    }

    /** TODO */
    public void onSampleRejected(SampleRejectedEvent<TYPE> sampleRejectedEvent) {
        // Intentionally empty: override only the callbacks you need.
    }

    /** TODO */
    public void onSubscriptionMatched(SubscriptionMatchedEvent<TYPE> subscriptionMatchedEvent) {
        // Intentionally empty: override only the callbacks you need.
    }
}
