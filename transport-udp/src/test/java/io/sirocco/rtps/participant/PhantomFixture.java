package io.sirocco.rtps.participant;

import io.netty.channel.EventLoop;
import io.sirocco.dcps.core.Guid;
import io.sirocco.dcps.core.SiroccoServiceEnvironment;
import io.sirocco.dcps.entity.EntityBase;
import io.sirocco.dcps.type.TypeCodecs;
import io.sirocco.rtps.RtpsFixture;
import io.sirocco.rtps.RtpsTransport;
import io.sirocco.rtps.Shape;
import io.sirocco.rtps.net.EventLoops;
import io.sirocco.rtps.wire.Rtps;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.channels.DatagramChannel;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.omg.dds.domain.DomainParticipant;
import org.omg.dds.pub.DataWriter;
import org.omg.dds.pub.Publisher;
import org.omg.dds.sub.DataReader;
import org.omg.dds.sub.Subscriber;
import org.omg.dds.topic.Topic;

/**
 * A live participant ({@link #local}) with a writer and readers on topic "Fuzz", a {@link PhantomPeer}
 * that matches them, and a {@link Receiver} of the participant's own that tests feed datagrams to on
 * the control loop, the event loop that runs the receivers of the metatraffic and acknowledgement
 * sockets (one thread, as in production: the receive path is confined to its loop).
 */
abstract class PhantomFixture extends RtpsFixture {
    protected DomainParticipant local;
    protected RtpsParticipant rtps;
    protected DataWriter<Shape> writer;
    /** Reliable, as the phantom's writer: the phantom's changes arrive in order, without loss. */
    protected DataReader<Shape> reader;
    /** Best effort: the phantom's changes arrive newest first, never twice. */
    protected DataReader<Shape> bestEffortReader;
    protected PhantomPeer<Shape> phantom;
    protected Receiver receiver;
    private DatagramChannel sink;

    @BeforeEach
    void localParticipantAndPhantomPeer() throws Exception {
        local = newParticipant();
        rtps = RtpsTransport.of(local).orElseThrow();
        Topic<Shape> topic = local.createTopic("Fuzz", Shape.class);
        Publisher publisher = local.createPublisher();
        writer = publisher.createDataWriter(topic, publisher.getDefaultDataWriterQos().withPolicies(
                policies.Reliability().withReliable(), policies.Durability().withTransientLocal(),
                policies.History().withKeepLast(1)));
        Subscriber subscriber = local.createSubscriber();
        reader = subscriber.createDataReader(topic, subscriber.getDefaultDataReaderQos().withPolicies(
                policies.Reliability().withReliable(), policies.History().withKeepLast(1)));
        bestEffortReader = subscriber.createDataReader(topic, subscriber.getDefaultDataReaderQos().withPolicies(
                policies.Reliability().withBestEffort(), policies.History().withKeepLast(1)));
        // The phantom's reader asks for these again: change 3 is fragmented (NACK_FRAG).
        writer.write(new Shape("RED", 1));
        writer.write(new Shape("BLUE", 2));
        writer.write(shape("BIG", 3, PhantomPeer.LARGE_BYTES));
        // Where the local participant's answers to the phantom go: a socket nobody reads.
        sink = DatagramChannel.open().bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        phantom = newPhantom();
        receiver = new Receiver(rtps, rtps.statistics());
    }

    /** A phantom peer (a new participant GUID) that matches the local writer and readers. */
    protected PhantomPeer<Shape> newPhantom() throws Exception {
        return new PhantomPeer<>((SiroccoServiceEnvironment) env, domainId,
                new PhantomPeer.Local<>(rtps.guid(), guid(writer), guid(reader), writer.getTopic().getName(),
                        writer.getTopic().getTypeName(), TypeCodecs.forClass(Shape.class)),
                PhantomFixture::shape, ((InetSocketAddress) sink.getLocalAddress()).getPort());
    }

    @AfterEach
    void closeSink() throws Exception {
        sink.close();
    }

    /** Makes the local participant discover the phantom and match its writer and reader. */
    protected void discoverPhantom() throws Exception {
        onControlLoop(() -> phantom.discovery().forEach(this::receive));
        eventually(5, "the phantom's writer and reader match", () -> matched() == 3);
    }

    /** Hands a datagram to the receiver; call it on the control loop. */
    protected void receive(PhantomPeer.Datagram datagram) {
        receiver.received(datagram.bytes(), 0, datagram.bytes().length);
    }

    protected static void onControlLoop(Runnable task) throws Exception {
        EventLoop loop = EventLoops.control();
        loop.submit(task).get(60, TimeUnit.SECONDS);
    }

    /** Matches of the local endpoints with the phantom's (3 when all are matched). */
    protected int matched() {
        return writer.getPublicationMatchedStatus().getCurrentCount()
                + reader.getSubscriptionMatchedStatus().getCurrentCount()
                + bestEffortReader.getSubscriptionMatchedStatus().getCurrentCount();
    }

    /** Entity ids worth confusing submessages with: built-in, local and phantom endpoints. */
    protected int[] entityIds() {
        return new int[] {Rtps.ENTITYID_UNKNOWN, Rtps.ENTITYID_PARTICIPANT, Rtps.SPDP_WRITER, Rtps.SPDP_READER,
            Rtps.SEDP_PUBLICATIONS_WRITER, Rtps.SEDP_PUBLICATIONS_READER, Rtps.SEDP_SUBSCRIPTIONS_WRITER,
            Rtps.SEDP_SUBSCRIPTIONS_READER, Rtps.PARTICIPANT_MESSAGE_WRITER, Rtps.PARTICIPANT_MESSAGE_READER,
            PhantomPeer.WRITER, PhantomPeer.READER, PhantomPeer.OTHER_WRITER, guid(writer).entityId(),
            guid(reader).entityId(), guid(bestEffortReader).entityId(), 0xffffffff};
    }

    protected static Shape shape(String color, int x, int payloadBytes) {
        Shape shape = new Shape(color, x);
        shape.y = x * 3;
        shape.payload = new byte[payloadBytes];
        for (int i = 0; i < payloadBytes; i++) {
            shape.payload[i] = (byte) (i * 7 + x);
        }
        return shape;
    }

    protected static Guid guid(Object entity) {
        return ((EntityBase<?, ?>) entity).guid();
    }

    protected static long usedHeapAfterGc() {
        Runtime runtime = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return runtime.totalMemory() - runtime.freeMemory();
    }
}
