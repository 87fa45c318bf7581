package org.omg.dds.domain;

import org.omg.dds.core.event.DataAvailableEvent;
import org.omg.dds.core.event.DataOnReadersEvent;
import org.omg.dds.core.event.InconsistentTopicEvent;
import org.omg.dds.core.event.LivelinessChangedEvent;
import org.omg.dds.core.event.LivelinessLostEvent;
import org.omg.dds.core.event.OfferedDeadlineMissedEvent;
import org.omg.dds.core.event.OfferedIncompatibleQosEvent;
import org.omg.dds.core.event.PublicationMatchedEvent;
import org.omg.dds.core.event.RequestedDeadlineMissedEvent;
import org.omg.dds.core.event.RequestedIncompatibleQosEvent;
import org.omg.dds.core.event.SampleLostEvent;
import org.omg.dds.core.event.SampleRejectedEvent;
import org.omg.dds.core.event.SubscriptionMatchedEvent;

/** TODO */
public class DomainParticipantAdapter implements DomainParticipantListener {

    /** TODO */
    public DomainParticipantAdapter() {
    }

    /** TODO */
    public void onInconsistentTopic(InconsistentTopicEvent<?> inconsistentTopicEvent) {
        // Intentionally empty: override only the callbacks you need.
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

    /** TODO */
    public void onDataOnReaders(DataOnReadersEvent dataOnReadersEvent) {
        // Intentionally empty: override only the callbacks you need.
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
}
