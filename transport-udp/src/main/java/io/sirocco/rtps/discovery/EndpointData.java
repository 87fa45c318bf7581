package io.sirocco.rtps.discovery;

import io.sirocco.dcps.core.Guid;
import io.sirocco.dcps.core.SiroccoServiceEnvironment;
import io.sirocco.dcps.spi.ReaderDescription;
import io.sirocco.dcps.spi.WriterDescription;
import io.sirocco.rtps.wire.Locator;
import io.sirocco.rtps.wire.MessageParser;
import io.sirocco.rtps.wire.ParameterIds;
import io.sirocco.rtps.wire.ParameterListReader;
import io.sirocco.rtps.wire.ParameterListWriter;
import java.util.ArrayList;
import java.util.List;
import org.omg.dds.core.policy.TopicData;
import org.omg.dds.pub.DataWriterQos;
import org.omg.dds.pub.PublisherQos;
import org.omg.dds.sub.DataReaderQos;
import org.omg.dds.sub.SubscriberQos;

/**
 * An SEDP publication or subscription: the endpoint's description as DCPS matching needs it, plus
 * where to reach it.
 *
 * @param writer the description when this is a publication, else {@code null}
 * @param reader the description when this is a subscription, else {@code null}
 */
public record EndpointData(WriterDescription writer, ReaderDescription reader, List<Locator> unicast,
        List<Locator> multicast, TopicData topicData) {

    public Guid guid() {
        return writer != null ? writer.guid() : reader.guid();
    }

    public boolean isPublication() {
        return writer != null;
    }

    public String topicName() {
        return writer != null ? writer.topicName() : reader.topicName();
    }

    /**
     * Writes a publication; {@code representation} is the one the writer actually writes with, which
     * is announced alone (an empty QoS list would otherwise leave peers guessing).
     */
    static void writePublication(ParameterListWriter out, WriterDescription writer, TopicData topicData,
            List<Locator> unicast, short representation) {
        out.putGuid(ParameterIds.ENDPOINT_GUID, writer.guid());
        out.putGuid(ParameterIds.PARTICIPANT_GUID, writer.participant());
        out.putString(ParameterIds.TOPIC_NAME, writer.topicName());
        out.putString(ParameterIds.TYPE_NAME, writer.typeName());
        DataWriterQos q = writer.qos();
        QosParameters.writeCommon(out, q.getDurability(), q.getDeadline(), q.getLatencyBudget(), q.getLiveliness(),
                q.getReliability(), q.getDestinationOrder(), q.getHistory(), q.getResourceLimits(), q.getOwnership(),
                List.of(representation));
        QosParameters.writeDurabilityService(out, q.getDurabilityService());
        out.putInt(ParameterIds.OWNERSHIP_STRENGTH, q.getOwnershipStrength().getValue());
        out.putDuration(ParameterIds.LIFESPAN, QosParameters.nanos(q.getLifespan().getDuration()));
        if (q.getUserData().getValue().length > 0) {
            out.putOctets(ParameterIds.USER_DATA, q.getUserData().getValue());
        }
        writeGroup(out, writer.publisherQos().getPartition(), writer.publisherQos().getPresentation(),
                writer.publisherQos().getGroupData().getValue(), topicData);
        QosParameters.writeExtensions(out, q.get(io.sirocco.dds.qos.Consistency.class),
                q.get(io.sirocco.dds.qos.Acceleration.class));
        for (Locator l : unicast) {
            out.putLocator(ParameterIds.UNICAST_LOCATOR, l);
        }
    }

    static void writeSubscription(ParameterListWriter out, ReaderDescription reader, TopicData topicData,
            List<Locator> unicast) {
        out.putGuid(ParameterIds.ENDPOINT_GUID, reader.guid());
        out.putGuid(ParameterIds.PARTICIPANT_GUID, reader.participant());
        out.putString(ParameterIds.TOPIC_NAME, reader.topicName());
        out.putString(ParameterIds.TYPE_NAME, reader.typeName());
        DataReaderQos q = reader.qos();
        List<Short> accepted = q.getRepresentation().getValue();
        QosParameters.writeCommon(out, q.getDurability(), q.getDeadline(), q.getLatencyBudget(), q.getLiveliness(),
                q.getReliability(), q.getDestinationOrder(), q.getHistory(), q.getResourceLimits(), q.getOwnership(),
                accepted.isEmpty() ? List.of((short) 0) : accepted);
        out.putDuration(ParameterIds.TIME_BASED_FILTER,
                QosParameters.nanos(q.getTimeBasedFilter().getMinimumSeparation()));
        if (q.getUserData().getValue().length > 0) {
            out.putOctets(ParameterIds.USER_DATA, q.getUserData().getValue());
        }
        writeGroup(out, reader.subscriberQos().getPartition(), reader.subscriberQos().getPresentation(),
                reader.subscriberQos().getGroupData().getValue(), topicData);
        QosParameters.writeExtensions(out, q.get(io.sirocco.dds.qos.Consistency.class),
                q.get(io.sirocco.dds.qos.Acceleration.class));
        for (Locator l : unicast) {
            out.putLocator(ParameterIds.UNICAST_LOCATOR, l);
        }
    }

    private static void writeGroup(ParameterListWriter out, org.omg.dds.core.policy.Partition partition,
            org.omg.dds.core.policy.Presentation presentation, byte[] groupData, TopicData topicData) {
        QosParameters.writePartition(out, partition);
        QosParameters.writePresentation(out, presentation);
        if (groupData.length > 0) {
            out.putOctets(ParameterIds.GROUP_DATA, groupData);
        }
        if (topicData != null && topicData.getValue().length > 0) {
            out.putOctets(ParameterIds.TOPIC_DATA, topicData.getValue());
        }
    }

    /**
     * Reads a publication ({@code publication} true) or subscription announced by a peer of
     * {@code vendorId}; QoS the peer omitted take their DDSI-RTPS defaults.
     */
    static EndpointData read(SiroccoServiceEnvironment environment, ParameterListReader in, int vendorId,
            boolean publication) {
        Guid guid = null;
        String topic = null;
        String type = null;
        List<Locator> unicast = new ArrayList<>();
        List<Locator> multicast = new ArrayList<>();
        QosParameters.Accumulator qos = new QosParameters.Accumulator(environment, publication);
        while (in.next()) {
            switch (in.pid()) {
                case ParameterIds.ENDPOINT_GUID -> guid = in.guid();
                case ParameterIds.TOPIC_NAME -> topic = in.string();
                case ParameterIds.TYPE_NAME -> type = in.string();
                case ParameterIds.UNICAST_LOCATOR -> unicast.add(in.locator());
                case ParameterIds.MULTICAST_LOCATOR -> multicast.add(in.locator());
                default -> qos.apply(in, vendorId);
            }
        }
        if (guid == null || topic == null || type == null) {
            throw new MessageParser.Malformed("SEDP endpoint without " + (guid == null ? "ENDPOINT_GUID"
                    : topic == null ? "TOPIC_NAME" : "TYPE_NAME"));
        }
        if (publication) {
            DataWriterQos writerQos = environment.qosDefaults().dataWriterQos().withPolicies(
                    qos.writerPolicies().toArray(new org.omg.dds.core.policy.QosPolicy.ForDataWriter[0]));
            PublisherQos publisherQos = environment.qosDefaults().publisherQos().withPolicies(qos.partition,
                    qos.presentation, qos.groupData);
            return new EndpointData(new WriterDescription(guid, topic, type, writerQos, publisherQos, false), null,
                    List.copyOf(unicast), List.copyOf(multicast), qos.topicData);
        }
        DataReaderQos readerQos = environment.qosDefaults().dataReaderQos().withPolicies(
                qos.readerPolicies().toArray(new org.omg.dds.core.policy.QosPolicy.ForDataReader[0]));
        SubscriberQos subscriberQos = environment.qosDefaults().subscriberQos().withPolicies(qos.partition,
                qos.presentation, qos.groupData);
        return new EndpointData(null, new ReaderDescription(guid, topic, type, readerQos, subscriberQos, false),
                List.copyOf(unicast), List.copyOf(multicast), qos.topicData);
    }
}
