package io.sirocco.rtps.writer;

import io.netty.channel.EventLoop;
import io.sirocco.dcps.core.Guid;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;

/** What an RTPS writer needs from its participant: identity, limits, the event loop and a socket. */
public interface WriterContext {

    Guid participantGuid();

    int maxMessageSize();

    int fragmentSize();

    boolean batching();

    long heartbeatNanos();

    EventLoop eventLoop();

    /** Sends {@code datagram}'s remaining bytes to {@code target}; thread-safe, never throws. */
    void send(ByteBuffer datagram, InetSocketAddress target);
}
