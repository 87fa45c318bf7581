package io.sirocco.dcps.sub;

import io.sirocco.dcps.entity.DeferredNotifications;
import io.sirocco.dcps.entity.ListenerCalls;
import io.sirocco.dcps.entity.StatusKind;
import io.sirocco.dcps.status.DataAvailableNotice;
import io.sirocco.dcps.status.DataAvailableSnapshot;
import io.sirocco.dcps.status.LivelinessChangedNotice;
import io.sirocco.dcps.status.RequestedDeadlineMissedNotice;
import io.sirocco.dcps.status.RequestedIncompatibleQosNotice;
import io.sirocco.dcps.status.SampleLostNotice;
import io.sirocco.dcps.status.SampleRejectedNotice;
import io.sirocco.dcps.status.SubscriptionMatchedNotice;
import org.omg.dds.sub.DataReaderListener;
import org.omg.dds.sub.SubscriberListener;

/**
 * Listener propagation for a reader's statuses, as the DCPS specification orders it: the reader's
 * listener if it listens to the status, else its subscriber's, else its participant's; for new
 * data, a DATA_ON_READERS listener (subscriber, then participant) takes precedence over every
 * DATA_AVAILABLE listener. Calls are queued while locks are held and made afterwards.
 */
final class ReaderListeners<T> {
    private final SiroccoDataReader<T> reader;
    private final SiroccoSubscriber subscriber;
    private final ReaderStatuses statuses;

    ReaderListeners(SiroccoDataReader<T> reader, SiroccoSubscriber subscriber, ReaderStatuses statuses) {
        this.reader = reader;
        this.subscriber = subscriber;
        this.statuses = statuses;
    }

    /**
     * The subscriber's listener, else the participant's. Built-in readers stop at the built-in
     * subscriber: a participant listener is about the application's entities, not discovery.
     */
    private SubscriberListener groupListener(StatusKind kind) {
        SubscriberListener listener = subscriber.listenerFor(kind);
        if (listener != null || subscriber.isBuiltin()) {
            return listener;
        }
        return subscriber.participant().listenerFor(kind);
    }

    /** Queues the call for {@code kind} if any listener in the chain wants it. */
    void queue(StatusKind kind) {
        if (reader.listenerFor(kind) != null || groupListener(kind) != null) {
            DeferredNotifications.current().add(reader, kind);
        }
    }

    /** Queues the call for new data: DATA_ON_READERS on the subscriber, or DATA_AVAILABLE here. */
    void queueDataAvailable() {
        if (groupListener(StatusKind.DATA_ON_READERS) != null) {
            DeferredNotifications.current().add(subscriber, StatusKind.DATA_ON_READERS);
        } else if (reader.listenerFor(StatusKind.DATA_AVAILABLE) != null
                || groupListener(StatusKind.DATA_AVAILABLE) != null) {
            DeferredNotifications.current().add(reader, StatusKind.DATA_AVAILABLE);
        }
    }

    /** Calls the listener responsible for {@code kind}, resetting the status it hands over. */
    void dispatch(StatusKind kind) {
        if (reader.isClosed()) {
            return;
        }
        if (kind == StatusKind.DATA_AVAILABLE && groupListener(StatusKind.DATA_ON_READERS) != null) {
            subscriber.dispatch(StatusKind.DATA_ON_READERS);
            return;
        }
        DataReaderListener<T> own = reader.listenerFor(kind);
        SubscriberListener group = own == null ? groupListener(kind) : null;
        if (own == null && group == null) {
            return;
        }
        reader.statusRead(kind);
        var environment = reader.environment();
        try {
            switch (kind) {
                case DATA_AVAILABLE -> {
                    var event = new DataAvailableNotice<>(environment, reader, new DataAvailableSnapshot(environment));
                    if (own != null) {
                        own.onDataAvailable(event);
                    } else {
                        group.onDataAvailable(event);
                    }
                }
                case SAMPLE_REJECTED -> {
                    var event = new SampleRejectedNotice<>(environment, reader, statuses.takeRejected());
                    if (own != null) {
                        own.onSampleRejected(event);
                    } else {
                        group.onSampleRejected(event);
                    }
                }
                case SAMPLE_LOST -> {
                    var event = new SampleLostNotice<>(environment, reader, statuses.takeLost());
                    if (own != null) {
                        own.onSampleLost(event);
                    } else {
                        group.onSampleLost(event);
                    }
                }
                case LIVELINESS_CHANGED -> {
                    var event = new LivelinessChangedNotice<>(environment, reader, statuses.takeLiveliness());
                    if (own != null) {
                        own.onLivelinessChanged(event);
                    } else {
                        group.onLivelinessChanged(event);
                    }
                }
                case REQUESTED_DEADLINE_MISSED -> {
                    var event = new RequestedDeadlineMissedNotice<>(environment, reader, statuses.takeDeadline());
                    if (own != null) {
                        own.onRequestedDeadlineMissed(event);
                    } else {
                        group.onRequestedDeadlineMissed(event);
                    }
                }
                case REQUESTED_INCOMPATIBLE_QOS -> {
                    var event = new RequestedIncompatibleQosNotice<>(environment, reader, statuses.takeIncompatible());
                    if (own != null) {
                        own.onRequestedIncompatibleQos(event);
                    } else {
                        group.onRequestedIncompatibleQos(event);
                    }
                }
                case SUBSCRIPTION_MATCHED -> {
                    var event = new SubscriptionMatchedNotice<>(environment, reader, statuses.takeMatched());
                    if (own != null) {
                        own.onSubscriptionMatched(event);
                    } else {
                        group.onSubscriptionMatched(event);
                    }
                }
                default -> throw new IllegalStateException("not a reader status: " + kind);
            }
        } catch (RuntimeException e) {
            ListenerCalls.failed(kind.name(), e);
        }
    }
}
