package io.sirocco.rtps.participant;

import io.netty.channel.EventLoop;
import io.sirocco.dcps.core.Guid;
import io.sirocco.rtps.config.RtpsConfig;
import io.sirocco.rtps.net.UdpNetwork;
import io.sirocco.rtps.reader.ReaderContext;
import io.sirocco.rtps.writer.WriterContext;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.util.concurrent.TimeUnit;

/** The participant as its RTPS writers and readers see it, bound to the event loop they use. */
final class EndpointContext implements WriterContext, ReaderContext {
    private final Guid participant;
    private final RtpsConfig config;
    private final UdpNetwork network;
    private final EventLoop loop;

    EndpointContext(Guid participant, RtpsConfig config, UdpNetwork network, EventLoop loop) {
        this.participant = participant;
        this.config = config;
        this.network = network;
        this.loop = loop;
    }

    @Override
    public Guid participantGuid() {
        return participant;
    }

    @Override
    public int maxMessageSize() {
        return config.maxMessageSize();
    }

    @Override
    public int fragmentSize() {
        return config.fragmentSize();
    }

    @Override
    public boolean batching() {
        return config.batching();
    }

    @Override
    public long heartbeatNanos() {
        return TimeUnit.MILLISECONDS.toNanos(config.heartbeatMillis());
    }

    @Override
    public int maxSampleSize() {
        return config.maxSampleSize();
    }

    @Override
    public long maxBufferedBytes() {
        return config.maxBufferedBytes();
    }

    @Override
    public EventLoop eventLoop() {
        return loop;
    }

    @Override
    public void send(ByteBuffer datagram, InetSocketAddress target) {
        network.send(datagram, target);
    }
}
