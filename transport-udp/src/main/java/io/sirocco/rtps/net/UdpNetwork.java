package io.sirocco.rtps.net;

import io.netty.bootstrap.Bootstrap;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.PooledByteBufAllocator;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoop;
import io.netty.channel.FixedRecvByteBufAllocator;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.socket.DatagramPacket;
import io.netty.channel.socket.SocketProtocolFamily;
import io.sirocco.rtps.config.RtpsConfig;
import io.sirocco.rtps.wire.Locator;
import io.sirocco.rtps.wire.Rtps;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.StandardProtocolFamily;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * The sockets of one participant: metatraffic and user unicast sockets on the ports of its
 * participant index, a socket for acknowledgements to its writers, the SPDP multicast socket when
 * multicast is on, and the channels it sends with. Receiving runs on the shared Netty event loops
 * (user data on the data loop, the rest on the control loop); sending is done directly by the
 * calling thread (a writer, or an event loop), so a sample leaves without a thread hand-off.
 */
public final class UdpNetwork implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(UdpNetwork.class.getName());
    private static final int MAX_DATAGRAM = 65536;

    private final RtpsConfig config;
    private final int domainId;
    private final int participantIndex;
    private final Interfaces interfaces;
    private final TransportStatistics statistics;
    private final List<Channel> receivers = new ArrayList<>();
    private final DatagramChannel unicastSender;
    private final List<DatagramChannel> multicastSenders = new ArrayList<>();
    private final EventLoop eventLoop;
    private final InetSocketAddress spdpGroup;
    private int writerPort;

    private UdpNetwork(RtpsConfig config, int domainId, int participantIndex, Interfaces interfaces,
            TransportStatistics statistics, EventLoop eventLoop) throws IOException {
        this.config = config;
        this.domainId = domainId;
        this.participantIndex = participantIndex;
        this.interfaces = interfaces;
        this.statistics = statistics;
        this.eventLoop = eventLoop;
        this.spdpGroup = new InetSocketAddress(InetAddress.getByName(Rtps.SPDP_MULTICAST_GROUP),
                Rtps.spdpMulticastPort(domainId));
        this.unicastSender = DatagramChannel.open(StandardProtocolFamily.INET);
        unicastSender.setOption(StandardSocketOptions.SO_SNDBUF, config.sendBufferBytes());
        unicastSender.bind(new InetSocketAddress(0));
    }

    /**
     * Opens the participant's sockets on the first free participant index of {@code domainId}.
     * Each socket gets its own handler from {@code handlers} (handlers keep per-thread parse state).
     *
     * @throws IllegalStateException when every index up to the configured maximum is taken
     */
    public static UdpNetwork open(RtpsConfig config, int domainId, TransportStatistics statistics,
            Supplier<DatagramHandler> handlers) {
        Interfaces interfaces = Interfaces.select(config.interfaces());
        EventLoop control = EventLoops.control();
        EventLoop data = EventLoops.data();
        for (int index = 0; index <= config.maxParticipantIndex(); index++) {
            Channel meta = bind(config, control, Rtps.metatrafficUnicastPort(domainId, index),
                    receiver(config, handlers, statistics, 1), statistics, false);
            if (meta == null) {
                continue;
            }
            Channel user = bind(config, data, Rtps.userUnicastPort(domainId, index),
                    receiver(config, handlers, statistics, 2), statistics, false);
            if (user == null) {
                meta.close();
                continue;
            }
            Channel acks = bind(config, control, 0, receiver(config, handlers, statistics, 3), statistics, false);
            try {
                if (acks == null) {
                    throw new IOException("no free port for the acknowledgement socket");
                }
                UdpNetwork network = new UdpNetwork(config, domainId, index, interfaces, statistics, control);
                network.receivers.add(meta);
                network.receivers.add(user);
                network.receivers.add(acks);
                network.writerPort = ((InetSocketAddress) acks.localAddress()).getPort();
                if (config.multicast()) {
                    network.openMulticast(receiver(config, handlers, statistics, 4));
                }
                network.logBuffers(meta);
                return network;
            } catch (IOException e) {
                meta.close();
                user.close();
                if (acks != null) {
                    acks.close();
                }
                throw new IllegalStateException("cannot open the RTPS sockets: " + e.getMessage(), e);
            }
        }
        throw new IllegalStateException("every RTPS participant index from 0 to " + config.maxParticipantIndex()
                + " is in use in domain " + domainId + " on this host (raise sirocco.maxParticipantIndex)");
    }

    private static DatagramHandler receiver(RtpsConfig config, Supplier<DatagramHandler> handlers,
            TransportStatistics statistics, int socket) {
        DatagramHandler handler = handlers.get();
        return config.faults().active() ? new FaultInjector(config.faults(), socket, handler, statistics) : handler;
    }

    private static Channel bind(RtpsConfig config, EventLoop loop, int port, DatagramHandler handler,
            TransportStatistics statistics, boolean shared) {
        Bootstrap bootstrap = new Bootstrap().group(loop).channelFactory(() -> newChannel())
                .option(ChannelOption.SO_RCVBUF, config.receiveBufferBytes())
                .option(ChannelOption.SO_REUSEADDR, shared)
                .option(ChannelOption.ALLOCATOR, PooledByteBufAllocator.DEFAULT)
                .option(ChannelOption.RECVBUF_ALLOCATOR, new FixedRecvByteBufAllocator(MAX_DATAGRAM))
                .handler(new Receiver(handler, statistics));
        try {
            return bootstrap.bind(new InetSocketAddress(port)).sync().channel();
        } catch (Exception e) {
            return null;
        }
    }

    private static io.netty.channel.socket.DatagramChannel newChannel() {
        return EventLoops.epoll() ? new io.netty.channel.epoll.EpollDatagramChannel(SocketProtocolFamily.INET)
                : new io.netty.channel.socket.nio.NioDatagramChannel(SocketProtocolFamily.INET);
    }

    private void openMulticast(DatagramHandler handler) throws IOException {
        Channel channel = bind(config, eventLoop, spdpGroup.getPort(), handler, statistics, true);
        if (channel == null) {
            throw new IOException("cannot bind the SPDP multicast port " + spdpGroup.getPort());
        }
        receivers.add(channel);
        for (NetworkInterface i : interfaces.multicastCapable()) {
            try {
                ((io.netty.channel.socket.DatagramChannel) channel).joinGroup(spdpGroup, i).sync();
                DatagramChannel sender = DatagramChannel.open(StandardProtocolFamily.INET);
                sender.setOption(StandardSocketOptions.IP_MULTICAST_IF, i);
                sender.setOption(StandardSocketOptions.IP_MULTICAST_LOOP, true);
                sender.setOption(StandardSocketOptions.IP_MULTICAST_TTL, 32);
                sender.bind(new InetSocketAddress(0));
                multicastSenders.add(sender);
            } catch (Exception e) {
                LOG.log(System.Logger.Level.WARNING, "cannot use multicast on " + i.getName() + ": " + e.getMessage());
            }
        }
    }

    /**
     * Logs the effective socket buffer sizes: at INFO when the system granted less than asked (the
     * usual cause of loss under load; Linux caps them at net.core.rmem_max/wmem_max), else at DEBUG.
     */
    private void logBuffers(Channel channel) {
        int receive = channel.config().getOption(ChannelOption.SO_RCVBUF);
        int send;
        try {
            send = unicastSender.getOption(StandardSocketOptions.SO_SNDBUF);
        } catch (IOException e) {
            send = -1;
        }
        boolean smaller = receive < config.receiveBufferBytes() || send >= 0 && send < config.sendBufferBytes();
        LOG.log(smaller ? System.Logger.Level.INFO : System.Logger.Level.DEBUG, "RTPS domain {0} participant index {1} "
                + "on {2}: receive buffer {3} B (asked {4}), send buffer {5} B (asked {6}), multicast {7}", domainId,
                participantIndex, interfaces.addresses(), receive, config.receiveBufferBytes(), send,
                config.sendBufferBytes(), config.multicast() && !multicastSenders.isEmpty());
    }

    public int participantIndex() {
        return participantIndex;
    }

    public Interfaces interfaces() {
        return interfaces;
    }

    public TransportStatistics statistics() {
        return statistics;
    }

    public InetSocketAddress spdpGroup() {
        return spdpGroup;
    }

    public boolean multicastEnabled() {
        return !multicastSenders.isEmpty();
    }

    public List<Locator> metatrafficUnicastLocators() {
        return locators(Rtps.metatrafficUnicastPort(domainId, participantIndex));
    }

    public List<Locator> defaultUnicastLocators() {
        return locators(Rtps.userUnicastPort(domainId, participantIndex));
    }

    /**
     * Where readers send acknowledgements to this participant's writers: a socket of its own, served
     * by the control loop, so that a reader listener blocking the data loop cannot hold them up.
     */
    public List<Locator> writerUnicastLocators() {
        return locators(writerPort);
    }

    public List<Locator> metatrafficMulticastLocators() {
        return multicastEnabled() ? List.of(Locator.of(spdpGroup.getAddress(), spdpGroup.getPort())) : List.of();
    }

    private List<Locator> locators(int port) {
        List<Locator> list = new ArrayList<>();
        for (InetAddress address : interfaces.addresses()) {
            list.add(Locator.of(address, port));
        }
        return List.copyOf(list);
    }

    /** Sends one datagram (thread-safe); failures are counted, never thrown. */
    public void send(ByteBuffer datagram, InetSocketAddress to) {
        int length = datagram.remaining();
        try {
            if (to.getAddress().isMulticastAddress()) {
                for (DatagramChannel sender : multicastSenders) {
                    datagram.mark();
                    sender.send(datagram, to);
                    datagram.reset();
                }
            } else {
                unicastSender.send(datagram, to);
            }
            statistics.datagramsSent.increment();
            statistics.bytesSent.add(length);
        } catch (IOException | RuntimeException e) {
            statistics.sendFailures.increment();
        }
    }

    @Override
    public void close() {
        for (Channel channel : receivers) {
            channel.close().awaitUninterruptibly();
        }
        try {
            unicastSender.close();
        } catch (IOException e) {
            // closing anyway
        }
        for (DatagramChannel sender : multicastSenders) {
            try {
                sender.close();
            } catch (IOException e) {
                // closing anyway
            }
        }
    }

    /** Hands each datagram's bytes to the handler; counts what arrives. */
    private static final class Receiver extends SimpleChannelInboundHandler<DatagramPacket> {
        private final DatagramHandler handler;
        private final TransportStatistics statistics;
        private byte[] scratch = new byte[MAX_DATAGRAM];

        Receiver(DatagramHandler handler, TransportStatistics statistics) {
            this.handler = handler;
            this.statistics = statistics;
        }

        @Override
        protected void channelRead0(ChannelHandlerContext context, DatagramPacket packet) {
            ByteBuf content = packet.content();
            int length = content.readableBytes();
            statistics.datagramsReceived.increment();
            statistics.bytesReceived.add(length);
            try {
                if (content.hasArray()) {
                    handler.received(content.array(), content.arrayOffset() + content.readerIndex(), length);
                } else {
                    if (scratch.length < length) {
                        scratch = new byte[length];
                    }
                    content.getBytes(content.readerIndex(), scratch, 0, length);
                    handler.received(scratch, 0, length);
                }
            } catch (RuntimeException e) {
                // The handler counts and drops malformed messages itself; anything else is a bug, but
                // it must not stop the receive loop.
                statistics.malformedMessages.increment();
                LOG.log(System.Logger.Level.WARNING, "dropped a datagram after an unexpected failure", e);
            }
        }

        @Override
        public void exceptionCaught(ChannelHandlerContext context, Throwable cause) {
            LOG.log(System.Logger.Level.DEBUG, "RTPS socket error: " + cause);
        }
    }
}
