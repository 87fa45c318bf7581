package io.sirocco.dcps.pub;

import io.sirocco.dcps.entity.DeferredNotifications;
import io.sirocco.dcps.entity.ListenerCalls;
import io.sirocco.dcps.entity.StatusKind;
import io.sirocco.dcps.status.LivelinessLostNotice;
import io.sirocco.dcps.status.OfferedDeadlineMissedNotice;
import io.sirocco.dcps.status.OfferedIncompatibleQosNotice;
import io.sirocco.dcps.status.PublicationMatchedNotice;
import org.omg.dds.pub.DataWriterListener;
import org.omg.dds.pub.PublisherListener;

/**
 * Listener propagation for a writer's statuses: the writer's listener, else its publisher's, else
 * its participant's. Calls are queued while locks are held and made afterwards.
 */
final class WriterListeners<T> {
    private final SiroccoDataWriter<T> writer;
    private final SiroccoPublisher publisher;
    private final WriterStatuses statuses;

    WriterListeners(SiroccoDataWriter<T> writer, SiroccoPublisher publisher, WriterStatuses statuses) {
        this.writer = writer;
        this.publisher = publisher;
        this.statuses = statuses;
    }

    private PublisherListener groupListener(StatusKind kind) {
        PublisherListener listener = publisher.listenerFor(kind);
        return listener != null ? listener : publisher.participant().listenerFor(kind);
    }

    void queue(StatusKind kind) {
        if (writer.listenerFor(kind) != null || groupListener(kind) != null) {
            DeferredNotifications.current().add(writer, kind);
        }
    }

    void dispatch(StatusKind kind) {
        if (writer.isClosed()) {
            return;
        }
        DataWriterListener<T> own = writer.listenerFor(kind);
        PublisherListener group = own == null ? groupListener(kind) : null;
        if (own == null && group == null) {
            return;
        }
        writer.statusRead(kind);
        var environment = writer.environment();
        try {
            switch (kind) {
                case LIVELINESS_LOST -> {
                    var event = new LivelinessLostNotice<>(environment, writer, statuses.takeLivelinessLost());
                    if (own != null) {
                        own.onLivelinessLost(event);
                    } else {
                        group.onLivelinessLost(event);
                    }
                }
                case OFFERED_DEADLINE_MISSED -> {
                    var event = new OfferedDeadlineMissedNotice<>(environment, writer, statuses.takeDeadline());
                    if (own != null) {
                        own.onOfferedDeadlineMissed(event);
                    } else {
                        group.onOfferedDeadlineMissed(event);
                    }
                }
                case OFFERED_INCOMPATIBLE_QOS -> {
                    var event = new OfferedIncompatibleQosNotice<>(environment, writer, statuses.takeIncompatible());
                    if (own != null) {
                        own.onOfferedIncompatibleQos(event);
                    } else {
                        group.onOfferedIncompatibleQos(event);
                    }
                }
                case PUBLICATION_MATCHED -> {
                    var event = new PublicationMatchedNotice<>(environment, writer, statuses.takeMatched());
                    if (own != null) {
                        own.onPublicationMatched(event);
                    } else {
                        group.onPublicationMatched(event);
                    }
                }
                default -> throw new IllegalStateException("not a writer status: " + kind);
            }
        } catch (RuntimeException e) {
            ListenerCalls.failed(kind.name(), e);
        }
    }
}
