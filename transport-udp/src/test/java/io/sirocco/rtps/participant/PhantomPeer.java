package io.sirocco.rtps.participant;

import io.sirocco.dcps.core.Guid;
import io.sirocco.dcps.core.SiroccoServiceEnvironment;
import io.sirocco.dcps.spi.ReaderDescription;
import io.sirocco.dcps.spi.WriterDescription;
import io.sirocco.dcps.type.TypeCodec;
import io.sirocco.dcps.type.cdr.CdrOutput;
import io.sirocco.dcps.type.cdr.Encapsulation;
import io.sirocco.dcps.type.cdr.XcdrVersion;
import io.sirocco.dds.qos.Acceleration;
import io.sirocco.dds.qos.AccelerationKind;
import io.sirocco.dds.qos.Consistency;
import io.sirocco.rtps.discovery.Announcements;
import io.sirocco.rtps.wire.Locator;
import io.sirocco.rtps.wire.MessageBuilder;
import io.sirocco.rtps.wire.Rtps;
import io.sirocco.rtps.wire.SequenceSet;
import java.net.InetAddress;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.omg.dds.core.policy.PolicyFactory;
import org.omg.dds.pub.DataWriterQos;
import org.omg.dds.pub.PublisherQos;
import org.omg.dds.sub.DataReaderQos;
import org.omg.dds.sub.SubscriberQos;

/**
 * A remote Sirocco participant that exists only as the datagrams it would send: SPDP, SEDP (with
 * many QoS), participant messages, and for one writer and one reader matched with the local
 * participant's: DATA, batched DATA, DATA_FRAG, dispose and unregister, GAP, HEARTBEAT(_FRAG),
 * ACKNACK and NACK_FRAG. Everything is built with Sirocco's own {@link MessageBuilder} and
 * discovery writers, so the datagrams are what Sirocco really sends; its locators point at a sink
 * port on loopback, so the local participant's answers go nowhere.
 *
 * @param <T> the sample type of the matched topic
 */
final class PhantomPeer<T> {
    /** Which of the local participant's sockets a datagram is addressed to. */
    enum Socket {
        METATRAFFIC, USER, ACKNOWLEDGEMENTS
    }

    record Datagram(String name, Socket socket, byte[] bytes) {
    }

    /** The local endpoints the phantom talks to. */
    record Local<S>(Guid participant, Guid writer, Guid reader, String topic, String type, TypeCodec<S> codec) {
    }

    /** Makes the samples the phantom writes. */
    interface Samples<S> {
        S sample(String key, int value, int payloadBytes);
    }

    static final int WRITER = 0x00000102;
    static final int READER = 0x00000107;
    static final int OTHER_WRITER = 0x00000202;
    static final int OTHER_READER = 0x00000207;
    static final int LARGE_BYTES = 20_000;
    private static final int FRAGMENT = 1344;
    private static final int FRAGMENTS_PER_MESSAGE = 10;

    final Guid guid = Guid.newParticipant();
    private final SiroccoServiceEnvironment env;
    private final int domainId;
    private final Local<T> local;
    private final Samples<T> samples;
    private final Locator sink;
    private final MessageBuilder out = new MessageBuilder(guid, 64 * 1024);

    PhantomPeer(SiroccoServiceEnvironment env, int domainId, Local<T> local, Samples<T> samples, int sinkPort)
            throws Exception {
        this.env = env;
        this.domainId = domainId;
        this.local = local;
        this.samples = samples;
        this.sink = Locator.of(InetAddress.getLoopbackAddress(), sinkPort);
    }

    // ------------------------------------------------------------------ discovery

    /** What makes the local participant discover the phantom and match its writer and reader. */
    List<Datagram> discovery() {
        List<Datagram> list = new ArrayList<>();
        Locator multicast = Locator.of(inet(Rtps.SPDP_MULTICAST_GROUP), Rtps.spdpMulticastPort(domainId));
        byte[] spdp = Announcements.participant(guid, domainId, sink, multicast, TimeUnit.SECONDS.toNanos(20),
                "phantom user data".getBytes(StandardCharsets.UTF_8), "phantom");
        list.add(data("SPDP announcement", Socket.METATRAFFIC, Rtps.SPDP_READER, Rtps.SPDP_WRITER, 1,
                guid.toBytes(), 0, spdp, false));
        list.add(sedp("SEDP publication", Rtps.SEDP_PUBLICATIONS_READER, Rtps.SEDP_PUBLICATIONS_WRITER, 1,
                WRITER, Announcements.publication(matchedWriter(), null, sink, (short) 0)));
        list.add(sedp("SEDP publication with many QoS", Rtps.SEDP_PUBLICATIONS_READER,
                Rtps.SEDP_PUBLICATIONS_WRITER, 2, OTHER_WRITER, Announcements.publication(otherWriter(),
                        env.policyFactory().TopicData().withValue(bytes(12), 0, 12), sink, (short) 2)));
        list.add(data("SEDP retraction", Socket.METATRAFFIC, Rtps.SEDP_PUBLICATIONS_READER,
                Rtps.SEDP_PUBLICATIONS_WRITER, 3, guid.withEntityId(OTHER_WRITER).toBytes(), 3,
                Announcements.retraction(guid.withEntityId(OTHER_WRITER)), true));
        list.add(heartbeat("SEDP publications heartbeat", Socket.METATRAFFIC, Rtps.SEDP_PUBLICATIONS_WRITER, 1, 3));
        list.add(sedp("SEDP subscription", Rtps.SEDP_SUBSCRIPTIONS_READER, Rtps.SEDP_SUBSCRIPTIONS_WRITER, 1,
                READER, Announcements.subscription(matchedReader(), null, sink)));
        list.add(sedp("SEDP subscription with many QoS", Rtps.SEDP_SUBSCRIPTIONS_READER,
                Rtps.SEDP_SUBSCRIPTIONS_WRITER, 2, OTHER_READER, Announcements.subscription(otherReader(),
                        env.policyFactory().TopicData().withValue(bytes(5), 0, 5), sink)));
        list.add(heartbeat("SEDP subscriptions heartbeat", Socket.METATRAFFIC, Rtps.SEDP_SUBSCRIPTIONS_WRITER, 1, 2));
        list.add(data("participant message", Socket.METATRAFFIC, Rtps.PARTICIPANT_MESSAGE_READER,
                Rtps.PARTICIPANT_MESSAGE_WRITER, 1, null, 0, participantMessage(), false));
        return list;
    }

    /** The phantom's SPDP "participant left": the local participant forgets it and its endpoints. */
    Datagram leave() {
        return data("SPDP participant left", Socket.METATRAFFIC, Rtps.SPDP_READER, Rtps.SPDP_WRITER, 2,
                guid.toBytes(), 3, Announcements.participantLeft(guid), true);
    }

    private Datagram sedp(String name, int readerId, int writerId, long sequence, int entity, byte[] payload) {
        return data(name, Socket.METATRAFFIC, readerId, writerId, sequence, guid.withEntityId(entity).toBytes(), 0,
                payload, false);
    }

    private WriterDescription matchedWriter() {
        PolicyFactory p = env.policyFactory();
        DataWriterQos qos = env.qosDefaults().dataWriterQos().withPolicies(p.Reliability().withReliable(),
                p.Durability().withTransientLocal(), p.History().withKeepLast(8),
                p.Liveliness().withAutomatic().withLeaseDuration(30, TimeUnit.SECONDS),
                p.Lifespan().withDuration(1, TimeUnit.HOURS), p.OwnershipStrength().withValue(3),
                p.UserData().withValue(bytes(9), 0, 9));
        return new WriterDescription(guid.withEntityId(WRITER), local.topic(), local.type(), qos,
                env.qosDefaults().publisherQos(), false);
    }

    private WriterDescription otherWriter() {
        PolicyFactory p = env.policyFactory();
        DataWriterQos qos = env.qosDefaults().dataWriterQos().withPolicies(p.Reliability().withBestEffort(),
                p.Durability().withTransient(), p.Deadline().withPeriod(250, TimeUnit.MILLISECONDS),
                p.LatencyBudget().withDuration(3, TimeUnit.MILLISECONDS),
                p.Liveliness().withManualByTopic().withLeaseDuration(2, TimeUnit.SECONDS),
                p.DestinationOrder().withSourceTimestamp(), p.History().withKeepAll(),
                p.ResourceLimits().withMaxSamples(100).withMaxInstances(10).withMaxSamplesPerInstance(10),
                p.Ownership().withExclusive(), p.OwnershipStrength().withValue(-7),
                p.TransportPriority().withValue(9), p.UserData().withValue(bytes(33), 0, 33),
                p.DataRepresentation().withValue((short) 2), Consistency.atomic(env),
                Acceleration.of(env, AccelerationKind.PREFERRED));
        PublisherQos publisher = env.qosDefaults().publisherQos().withPolicies(
                p.Partition().withName("alpha", "be*ta", "γάμμα", ""),
                p.Presentation().withAccessScope(org.omg.dds.core.policy.Presentation.AccessScopeKind.TOPIC)
                        .withCoherentAccess(true).withOrderedAccess(true),
                p.GroupData().withValue(bytes(7), 0, 7));
        return new WriterDescription(guid.withEntityId(OTHER_WRITER), "Other/Topic", "fuzz::Other", qos, publisher,
                false);
    }

    private ReaderDescription matchedReader() {
        PolicyFactory p = env.policyFactory();
        DataReaderQos qos = env.qosDefaults().dataReaderQos().withPolicies(p.Reliability().withReliable(),
                p.Durability().withTransientLocal(), p.History().withKeepAll());
        return new ReaderDescription(guid.withEntityId(READER), local.topic(), local.type(), qos,
                env.qosDefaults().subscriberQos(), false);
    }

    private ReaderDescription otherReader() {
        PolicyFactory p = env.policyFactory();
        DataReaderQos qos = env.qosDefaults().dataReaderQos().withPolicies(p.Reliability().withReliable(),
                p.Deadline().withPeriod(1, TimeUnit.SECONDS), p.TimeBasedFilter().withMinimumSeparation(
                        20, TimeUnit.MILLISECONDS), p.History().withKeepLast(3),
                p.Ownership().withExclusive(), p.UserData().withValue(bytes(4), 0, 4),
                p.DataRepresentation().withValue((short) 0, (short) 2));
        SubscriberQos subscriber = env.qosDefaults().subscriberQos().withPolicies(
                p.Partition().withName("alpha", "x?z"), p.GroupData().withValue(bytes(3), 0, 3));
        return new ReaderDescription(guid.withEntityId(OTHER_READER), "Other/Topic", "fuzz::Other", qos, subscriber,
                false);
    }

    private byte[] participantMessage() {
        byte[] payload = new byte[24];
        payload[1] = 0x01; // CDR little-endian, as ParticipantMessages writes it
        System.arraycopy(guid.toBytes(), 0, payload, 4, 12);
        payload[19] = 1; // automatic
        return payload;
    }

    // ------------------------------------------------------------------ user traffic

    /**
     * The phantom writer's changes 1..10 and reader's acknowledgements. Fed in order after
     * {@link #discovery()}, they deliver the samples of {@link #deliveredValues()}.
     */
    List<Datagram> traffic() {
        List<Datagram> list = new ArrayList<>();
        list.add(userData("DATA to the matched reader", 1, "RED", local.reader().entityId()));
        out.begin();
        out.infoDestination(local.participant());
        for (int sequence = 2; sequence <= 4; sequence++) {
            appendUserData(sequence, new String[] {"GREEN", "BLUE", "YELLOW"}[sequence - 2], Rtps.ENTITYID_UNKNOWN);
        }
        out.heartbeat(Rtps.ENTITYID_UNKNOWN, WRITER, 1, 4, 1, false, false);
        list.add(take("batched DATA and HEARTBEAT", Socket.USER));
        list.addAll(fragments(5));
        list.add(userKey("dispose with key hash and serialized key", 6, "RED", 1, true));
        list.add(userKey("unregister with key hash only", 7, "GREEN", 2, false));
        list.add(relayed(8, "CYAN"));
        out.begin();
        out.gap(Rtps.ENTITYID_UNKNOWN, WRITER, 9, new SequenceSet().reset(11));
        out.heartbeat(local.reader().entityId(), WRITER, 1, 10, 2, true, true);
        list.add(take("GAP and final liveliness HEARTBEAT", Socket.USER));
        list.add(acknack("pre-emptive ACKNACK based at 0, as Fast DDS and Connext send", 1, 0));
        list.add(acknack("ACKNACK requesting 1..3", 2, 1, 1, 2, 3));
        list.add(nackFragment());
        list.add(acknack("ACKNACK acknowledging everything", 3, 4));
        list.add(oddities());
        return list;
    }

    /** The values of the samples {@link #traffic()} delivers, in order. */
    static List<Integer> deliveredValues() {
        return List.of(1, 2, 3, 4, 5, 8);
    }

    private Datagram userData(String name, int sequence, String key, int readerId) {
        out.begin();
        out.infoDestination(local.participant());
        appendUserData(sequence, key, readerId);
        return take(name, Socket.USER);
    }

    private void appendUserData(int sequence, String key, int readerId) {
        T sample = samples.sample(key, sequence, 0);
        byte[] payload = serialize(sample, false);
        out.infoTimestamp(System.currentTimeMillis() * 1_000_000L);
        out.data(readerId, WRITER, sequence, keyHash(sample), 0, payload, 0, payload.length, false);
    }

    /** A large sample cut in fragments as RtpsWriter does: ten per datagram, HEARTBEAT_FRAG after the last. */
    private List<Datagram> fragments(int sequence) {
        T sample = samples.sample("BIG", sequence, LARGE_BYTES);
        byte[] payload = serialize(sample, false);
        int fragments = (payload.length + FRAGMENT - 1) / FRAGMENT;
        List<Datagram> list = new ArrayList<>();
        for (int first = 1; first <= fragments; first += FRAGMENTS_PER_MESSAGE) {
            int count = Math.min(FRAGMENTS_PER_MESSAGE, fragments - first + 1);
            int offset = (first - 1) * FRAGMENT;
            out.begin();
            out.infoTimestamp(System.currentTimeMillis() * 1_000_000L);
            out.dataFragment(Rtps.ENTITYID_UNKNOWN, WRITER, sequence, keyHash(sample), 0, first, count, FRAGMENT,
                    payload.length, payload, offset, Math.min(count * FRAGMENT, payload.length - offset), false);
            if (first + count > fragments) {
                out.heartbeatFragment(Rtps.ENTITYID_UNKNOWN, WRITER, sequence, fragments, 1);
            }
            list.add(take("DATA_FRAG " + first + ".." + (first + count - 1) + " of " + fragments, Socket.USER));
        }
        return list;
    }

    private Datagram userKey(String name, int sequence, String key, int statusInfo, boolean withKey) {
        T sample = samples.sample(key, 0, 0);
        byte[] payload = withKey ? serialize(sample, true) : new byte[0];
        out.begin();
        out.infoTimestamp(System.currentTimeMillis() * 1_000_000L);
        out.data(Rtps.ENTITYID_UNKNOWN, WRITER, sequence, keyHash(sample), statusInfo, payload, 0, payload.length,
                withKey);
        return take(name, Socket.USER);
    }

    /** A DATA relayed by another participant: its header names the relay, INFO_SRC the phantom. */
    private Datagram relayed(int sequence, String key) {
        MessageBuilder relay = new MessageBuilder(Guid.newParticipant(), 1024);
        byte[] data = userData("", sequence, key, Rtps.ENTITYID_UNKNOWN).bytes();
        byte[] infoSource = submessage(Rtps.INFO_SRC, 0, concat(new byte[] {0, 0, 0, 0, Rtps.VERSION_MAJOR,
            Rtps.VERSION_MINOR, Rtps.VENDOR_0, Rtps.VENDOR_1}, Arrays.copyOfRange(guid.toBytes(), 0, 12)));
        return new Datagram("INFO_SRC and DATA", Socket.USER, concat(Arrays.copyOf(relay.buffer(), Rtps.HEADER_SIZE),
                infoSource, Arrays.copyOfRange(data, Rtps.HEADER_SIZE, data.length)));
    }

    private Datagram acknack(String name, int count, long base, long... requested) {
        SequenceSet set = new SequenceSet().reset(base);
        for (long s : requested) {
            set.add(s);
        }
        out.begin();
        out.infoDestination(local.participant());
        out.acknack(READER, local.writer().entityId(), set, count, requested.length == 0);
        return take(name, Socket.ACKNOWLEDGEMENTS);
    }

    /** Asks for fragments of the local writer's third change, its large sample. */
    private Datagram nackFragment() {
        SequenceSet set = new SequenceSet().reset(1);
        for (int f : new int[] {1, 2, 7, 15}) {
            set.add(f);
        }
        out.begin();
        out.infoDestination(local.participant());
        out.nackFragment(READER, local.writer().entityId(), 3, set, 1);
        return take("NACK_FRAG", Socket.ACKNOWLEDGEMENTS);
    }

    /** Submessages Sirocco skips or ignores: PAD, INFO_REPLY, vendor-specific, INFO_DST elsewhere, INFO_TS invalidate. */
    private Datagram oddities() {
        out.begin();
        byte[] header = Arrays.copyOf(out.buffer(), Rtps.HEADER_SIZE);
        byte[] locator = concat(le(1), le(sink.port()), sink.address());
        out.infoDestination(Guid.newParticipant());
        out.heartbeat(Rtps.ENTITYID_UNKNOWN, WRITER, 1, 10, 3, false, false);
        byte[] elsewhere = Arrays.copyOfRange(out.buffer(), Rtps.HEADER_SIZE, out.size());
        return new Datagram("PAD, INFO_REPLY, vendor submessage, INFO_DST elsewhere", Socket.USER, concat(header,
                submessage(Rtps.PAD, 0, new byte[4]),
                submessage(Rtps.INFO_REPLY, 0, concat(le(1), locator)),
                submessage(0x80, 0, bytes(8)),
                submessage(Rtps.INFO_TS, Rtps.FLAG_I, new byte[0]),
                elsewhere));
    }

    // ------------------------------------------------------------------ forged traffic

    /** Key-hash-only unregisters (no payload) of changes {@code first..first + count - 1}, in one datagram. */
    Datagram unregisters(long first, int count) {
        out.begin();
        for (long sequence = first; sequence < first + count; sequence++) {
            out.data(Rtps.ENTITYID_UNKNOWN, WRITER, sequence, bytes(16), 2, new byte[0], 0, 0, false);
        }
        return take("unregisters " + first + "..", Socket.USER);
    }

    /** A GAP: changes {@code gapStart} up to {@code listBase}, and the 256 from {@code listBase} on, are irrelevant. */
    Datagram gap(long gapStart, long listBase) {
        SequenceSet list = new SequenceSet().reset(listBase);
        for (int i = 0; i < SequenceSet.MAX_BITS; i++) {
            list.add(listBase + i);
        }
        out.begin();
        out.gap(Rtps.ENTITYID_UNKNOWN, WRITER, gapStart, list);
        return take("GAP " + gapStart + ".." + listBase + "+256", Socket.USER);
    }

    /** The first fragment of a sample of {@code sampleSize} bytes, to the reliable reader alone. */
    Datagram firstFragment(long sequence, int sampleSize) {
        out.begin();
        out.dataFragment(local.reader().entityId(), WRITER, sequence, null, 0, 1, 1, FRAGMENT, sampleSize,
                new byte[FRAGMENT], 0, FRAGMENT, false);
        return take("first fragment of " + sequence, Socket.USER);
    }

    // ------------------------------------------------------------------ building blocks

    private Datagram data(String name, Socket socket, int readerId, int writerId, long sequence, byte[] keyHash,
            int statusInfo, byte[] payload, boolean keyOnly) {
        out.begin();
        out.infoTimestamp(System.currentTimeMillis() * 1_000_000L);
        out.data(readerId, writerId, sequence, keyHash, statusInfo, payload, 0, payload.length, keyOnly);
        return take(name, socket);
    }

    private Datagram heartbeat(String name, Socket socket, int writerId, long first, long last) {
        out.begin();
        out.heartbeat(Rtps.ENTITYID_UNKNOWN, writerId, first, last, 1, false, false);
        return take(name, socket);
    }

    private Datagram take(String name, Socket socket) {
        return new Datagram(name, socket, Arrays.copyOf(out.buffer(), out.size()));
    }

    /** The payload as UserWriter serializes it: XCDR1 little-endian, padded, options recording the padding. */
    private byte[] serialize(T sample, boolean key) {
        CdrOutput cdr = new CdrOutput(256).reset(XcdrVersion.XCDR1, ByteOrder.LITTLE_ENDIAN,
                Encapsulation.HEADER_SIZE);
        if (key) {
            local.codec().serializeKey(sample, cdr);
        } else {
            local.codec().serialize(sample, cdr);
        }
        int padding = (4 - (cdr.position() & 3)) & 3;
        cdr.writeBytes(new byte[4], 0, padding);
        Encapsulation.writeHeader(cdr.buffer(), 0, local.codec().encapsulationId(XcdrVersion.XCDR1,
                ByteOrder.LITTLE_ENDIAN), padding);
        return Arrays.copyOf(cdr.buffer(), cdr.position());
    }

    private byte[] keyHash(T sample) {
        byte[] hash = new byte[16];
        local.codec().keyHash(sample, hash);
        return hash;
    }

    private static byte[] submessage(int id, int flags, byte[] body) {
        return concat(new byte[] {(byte) id, (byte) (flags | Rtps.FLAG_E), (byte) body.length,
            (byte) (body.length >>> 8)}, body);
    }

    private static byte[] le(int value) {
        return new byte[] {(byte) value, (byte) (value >>> 8), (byte) (value >>> 16), (byte) (value >>> 24)};
    }

    private static byte[] bytes(int n) {
        byte[] b = new byte[n];
        for (int i = 0; i < n; i++) {
            b[i] = (byte) (i * 37 + 11);
        }
        return b;
    }

    private static byte[] concat(byte[]... parts) {
        int length = 0;
        for (byte[] part : parts) {
            length += part.length;
        }
        byte[] all = new byte[length];
        int at = 0;
        for (byte[] part : parts) {
            System.arraycopy(part, 0, all, at, part.length);
            at += part.length;
        }
        return all;
    }

    private static InetAddress inet(String address) {
        try {
            return InetAddress.getByName(address);
        } catch (java.net.UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }
}
