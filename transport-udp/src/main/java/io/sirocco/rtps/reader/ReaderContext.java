package io.sirocco.rtps.reader;

import io.netty.channel.EventLoop;
import io.sirocco.dcps.core.Guid;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;

/** What an RTPS reader needs from its participant: identity, limits, its event loop and a socket. */
public interface ReaderContext {

    Guid participantGuid();

    int maxMessageSize();

    /** The largest sample reassembled from fragments; larger ones are dropped. */
    int maxSampleSize();

    /** The most bytes held per remote writer for changes that arrived ahead of a missing one. */
    long maxBufferedBytes();

    /** The loop that receives this reader's data and runs its timers. */
    EventLoop eventLoop();

    /** Sends {@code datagram}'s remaining bytes to {@code target}; thread-safe, never throws. */
    void send(ByteBuffer datagram, InetSocketAddress target);
}
