package io.sirocco.stores.dcps;

import io.sirocco.dcps.core.Guid;
import io.sirocco.dcps.core.SiroccoServiceEnvironment;
import io.sirocco.dcps.spi.ReaderDescription;
import io.sirocco.dcps.spi.WriterDescription;
import java.util.ArrayList;
import java.util.List;
import org.omg.dds.core.policy.QosPolicy;
import org.omg.dds.pub.DataWriterQos;
import org.omg.dds.pub.PublisherQos;
import org.omg.dds.sub.DataReaderQos;
import org.omg.dds.sub.SubscriberQos;

/**
 * Descriptions of endpoints in other members of a group, for DCPS matching and statuses. Members
 * announce only their endpoints' GUIDs: everything a group shares (topic, type, partitions,
 * consistency, fabric) is the same by construction, so a remote endpoint is described with the
 * local endpoint's own policies, which makes it match. Policies that members do not share (history
 * depth, ownership strength, a stricter deadline elsewhere) are therefore not checked across
 * processes: a documented limit of group topics.
 */
final class RemoteEndpoints {

    private RemoteEndpoints() {
    }

    /** A writer of another member, as {@code reader} will see it. */
    static WriterDescription writerFor(Guid guid, ReaderDescription reader, SiroccoServiceEnvironment env) {
        List<QosPolicy.ForDataWriter> policies = new ArrayList<>();
        for (Object p : reader.qos().values()) {
            if (p instanceof QosPolicy.ForDataWriter w) {
                policies.add(w);
            }
        }
        DataWriterQos qos = env.qosDefaults().dataWriterQos().withPolicies(policies.toArray(QosPolicy.ForDataWriter[]::new));
        PublisherQos publisher = env.qosDefaults().publisherQos()
                .withPolicy(reader.subscriberQos().getPartition());
        return new WriterDescription(guid, reader.topicName(), reader.typeName(), qos, publisher, false);
    }

    /** A reader of another member, as {@code writer} will see it. */
    static ReaderDescription readerFor(Guid guid, WriterDescription writer, SiroccoServiceEnvironment env) {
        List<QosPolicy.ForDataReader> policies = new ArrayList<>();
        for (Object p : writer.qos().values()) {
            if (p instanceof QosPolicy.ForDataReader r) {
                policies.add(r);
            }
        }
        DataReaderQos qos = env.qosDefaults().dataReaderQos().withPolicies(policies.toArray(QosPolicy.ForDataReader[]::new));
        SubscriberQos subscriber = env.qosDefaults().subscriberQos()
                .withPolicy(writer.publisherQos().getPartition());
        return new ReaderDescription(guid, writer.topicName(), writer.typeName(), qos, subscriber, false);
    }
}
