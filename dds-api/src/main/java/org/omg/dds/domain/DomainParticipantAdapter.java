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

/**
 * A {@link DomainParticipantListener} whose callbacks all do nothing. Extend it and override only
 * the callbacks of interest.
 */
public class DomainParticipantAdapter implements DomainParticipantListener {

    /** Creates an adapter whose callbacks do nothing. */
    public DomainParticipantAdapter() {
    }

    /**
     * {@inheritDoc}
     *
     * <p>This implementation does nothing.
     */
    public void onInconsistentTopic(InconsistentTopicEvent<?> inconsistentTopicEvent) {
        // Intentionally empty: override only the callbacks you need.
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

    /**
     * {@inheritDoc}
     *
     * <p>This implementation does nothing.
     */
    public void onDataOnReaders(DataOnReadersEvent dataOnReadersEvent) {
        // Intentionally empty: override only the callbacks you need.
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
}
