package io.sirocco.conformance.wire;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeoutException;
import org.omg.dds.core.event.DataAvailableEvent;
import org.omg.dds.core.policy.PolicyFactory;
import org.omg.dds.core.status.DataAvailableStatus;
import org.omg.dds.domain.DomainParticipant;
import org.omg.dds.pub.DataWriter;
import org.omg.dds.pub.Publisher;
import org.omg.dds.sub.DataReader;
import org.omg.dds.sub.DataReaderAdapter;
import org.omg.dds.sub.Sample;
import org.omg.dds.sub.Subscriber;
import org.omg.dds.topic.BuiltinTopicKey;
import org.omg.dds.topic.ParticipantBuiltinTopicData;
import org.omg.dds.topic.Topic;
import org.omg.dds.type.TypeSupport;

/**
 * A Sirocco participant that {@code ddsperf} takes for another ddsperf process, written from
 * ddsperf's protocol (Cyclone DDS 0.10, {@code src/tools/ddsperf/ddsperf.c}):
 * <ul>
 *   <li>USER_DATA {@code DDSPerf:<has data reader>:<pid>:<host>}: ddsperf ignores other participants;</li>
 *   <li>the endpoints a ddsperf peer has, all {@link KeyedSeq}, reliable: a ping reader and writer and a
 *       data writer in the default partition, a pong reader in the partition named by its own participant
 *       GUID, and per ddsperf participant a pong writer in the partition named by that one's GUID
 *       (ddsperf fails a peer that lacks one of them);</li>
 *   <li>every ping is written back on the pong writer of the ping's sender with the ping's source
 *       timestamp: ddsperf measures the round trip from it, and its lowest bit tells a pong to a ping
 *       (which triggers the next ping) from a pong to a data sample.</li>
 * </ul>
 * It never pings nor reads data; the test writes on {@link #dataWriter()}.
 */
final class DdsperfPeer {
    private static final String PING = "DDSPerfRPingKS";
    private static final String PONG = "DDSPerfRPongKS";
    private static final String DATA = "DDSPerfRDataKS";
    private static final String USER_DATA_MAGIC = "DDSPerf:";

    private final DomainParticipant participant;
    private final PolicyFactory policies;
    private final String identity;
    private final Topic<KeyedSeq> pong;
    private final DataWriter<KeyedSeq> data;
    /** Pong writers by the partition of the ddsperf participant they answer (its GUID string). */
    private final Map<String, DataWriter<KeyedSeq>> pongWriters = new ConcurrentHashMap<>();

    private DdsperfPeer(DomainParticipant participant, PolicyFactory policies) {
        this.participant = participant;
        this.policies = policies;
        String host = hostName();
        long pid = ProcessHandle.current().pid();
        this.identity = host + ":" + pid;
        // 0: no reader of the data topic, so ddsperf expects none
        byte[] userData = (USER_DATA_MAGIC + "0:" + pid + ":" + host).getBytes(StandardCharsets.US_ASCII);
        participant.setQos(participant.getQos()
                .withPolicy(policies.UserData().withValue(userData, 0, userData.length)));

        TypeSupport<KeyedSeq> type = TypeSupport.newTypeSupport(KeyedSeq.class, KeyedSeq.TYPE_NAME,
                participant.getEnvironment());
        Topic<KeyedSeq> ping = participant.createTopic(PING, type);
        pong = participant.createTopic(PONG, type);
        Topic<KeyedSeq> dataTopic = participant.createTopic(DATA, type);

        Subscriber subscriber = participant.createSubscriber();
        subscriber.createDataReader(ping, subscriber.getDefaultDataReaderQos().withPolicies(
                policies.Reliability().withReliable(), policies.History().withKeepLast(1)),
                new PingAnswerer(), List.of(DataAvailableStatus.class));
        Subscriber own = participant.createSubscriber(participant.getDefaultSubscriberQos()
                .withPolicy(policies.Partition().withName(partitionOf(ownKey()))));
        own.createDataReader(pong, own.getDefaultDataReaderQos().withPolicies(
                policies.Reliability().withReliable(), policies.History().withKeepLast(1)));

        Publisher publisher = participant.createPublisher();
        publisher.createDataWriter(ping, publisher.getDefaultDataWriterQos().withPolicies(
                policies.Reliability().withReliable(), policies.History().withKeepLast(1)));
        data = publisher.createDataWriter(dataTopic, publisher.getDefaultDataWriterQos().withPolicies(
                policies.Reliability().withReliable(), policies.History().withKeepAll()));

        DataReader<ParticipantBuiltinTopicData> participants = participant.getBuiltinSubscriber()
                .lookupDataReader("DCPSParticipant");
        participants.setListener(new DataReaderAdapter<>() {
            @Override
            public void onDataAvailable(DataAvailableEvent<ParticipantBuiltinTopicData> event) {
                addPongWriters(participants);
            }
        }, List.of(DataAvailableStatus.class));
        addPongWriters(participants); // those discovered before the listener was set
    }

    /** Makes {@code participant} (not yet known to any ddsperf) a ddsperf peer. */
    static DdsperfPeer join(DomainParticipant participant, PolicyFactory policies) {
        return new DdsperfPeer(participant, policies);
    }

    /** How ddsperf names this peer in its output: host and pid from the USER_DATA. */
    String identity() {
        return identity;
    }

    /** The writer of ddsperf's data topic (reliable, keep-all), for ddsperf's "sub" mode. */
    DataWriter<KeyedSeq> dataWriter() {
        return data;
    }

    private BuiltinTopicKey ownKey() {
        return participant.getDiscoveredParticipantData(participant.getInstanceHandle()).getKey();
    }

    /** ddsperf's partition name for a participant: its GUID as four groups of eight hex digits. */
    private static String partitionOf(BuiltinTopicKey key) {
        int[] v = key.getValue();
        return String.format("%08x_%08x_%08x_%08x", v[0], v[1], v[2], v[3]);
    }

    private synchronized void addPongWriters(DataReader<ParticipantBuiltinTopicData> participants) {
        String self = partitionOf(ownKey());
        for (Sample<ParticipantBuiltinTopicData> sample : participants.read(new ArrayList<>())) {
            ParticipantBuiltinTopicData discovered = sample.getData();
            if (discovered == null || !isDdsperf(discovered)) {
                continue;
            }
            String partition = partitionOf(discovered.getKey());
            if (!partition.equals(self) && !pongWriters.containsKey(partition)) {
                Publisher publisher = participant.createPublisher(participant.getDefaultPublisherQos()
                        .withPolicy(policies.Partition().withName(partition)));
                pongWriters.put(partition, publisher.createDataWriter(pong, publisher.getDefaultDataWriterQos()
                        .withPolicies(policies.Reliability().withReliable(), policies.History().withKeepLast(1))));
            }
        }
    }

    private static boolean isDdsperf(ParticipantBuiltinTopicData participant) {
        byte[] userData = participant.getUserData().getValue();
        return new String(userData, StandardCharsets.US_ASCII).startsWith(USER_DATA_MAGIC);
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "localhost";
        }
    }

    /** Writes each ping back to its sender, stamped with the ping's own source timestamp. */
    private final class PingAnswerer extends DataReaderAdapter<KeyedSeq> {
        @Override
        public void onDataAvailable(DataAvailableEvent<KeyedSeq> event) {
            DataReader<KeyedSeq> reader = event.getSource();
            for (Sample<KeyedSeq> ping : reader.take(new ArrayList<>())) {
                if (ping.getData() == null) {
                    continue;
                }
                String sender = partitionOf(reader.getMatchedPublicationData(ping.getPublicationHandle())
                        .getParticipantKey());
                DataWriter<KeyedSeq> writer = pongWriters.get(sender);
                if (writer != null) {
                    try {
                        writer.write(ping.getData(), ping.getSourceTimestamp());
                    } catch (TimeoutException e) {
                        throw new IllegalStateException("a keep-last writer never blocks", e);
                    }
                }
            }
        }
    }
}
