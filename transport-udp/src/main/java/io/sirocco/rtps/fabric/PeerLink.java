package io.sirocco.rtps.fabric;

import io.netty.bootstrap.Bootstrap;
import io.netty.buffer.PooledByteBufAllocator;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelOption;
import java.lang.foreign.MemorySegment;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * This member's connection to one peer: dialing it (when this member has the lower rank), the
 * outbox of pushes to it, liveness (heartbeats out, silence in) and the failure signal. A link is
 * up once the handshake completed; it fails, for good, when its connection breaks, the peer says
 * nothing for {@code peerTimeoutMillis}, sends a malformed frame or stops draining its socket.
 */
final class PeerLink {
    private static final System.Logger LOG = System.getLogger(PeerLink.class.getName());
    private static final long RETRY_MILLIS = 50;

    final NetFabricGroup group;
    final int rank;
    final String locator;
    final Outbox outbox;
    private volatile Channel channel;
    private volatile boolean up;
    private volatile boolean failed;
    private volatile String lastError;
    private volatile ScheduledFuture<?> watchdog;
    // event-loop only
    private long lastRead;
    private long lastWrite;

    PeerLink(NetFabricGroup group, int rank) {
        this.group = group;
        this.rank = rank;
        this.locator = group.layout().memberLocators().get(rank);
        this.outbox = new Outbox(this, group.settings().maxQueuedBytes());
    }

    MemorySegment row() {
        return group.row(rank);
    }

    boolean isUp() {
        return up;
    }

    boolean failed() {
        return failed;
    }

    String lastError() {
        return lastError;
    }

    /** Dials the peer, retrying every {@value #RETRY_MILLIS} ms until up or {@code deadline} (nanoTime). */
    void dial(long deadline) {
        if (group.isClosed() || up || failed) {
            return;
        }
        NetLocator peer = NetLocator.parse(locator);
        Bootstrap bootstrap = new Bootstrap().group(FabricLoop.group()).channelFactory(FabricLoop::newChannel)
                .option(ChannelOption.TCP_NODELAY, true)
                .option(ChannelOption.SO_KEEPALIVE, true)
                .option(ChannelOption.ALLOCATOR, PooledByteBufAllocator.DEFAULT)
                .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, (int) Math.min(group.settings().connectTimeoutMillis(),
                        Integer.MAX_VALUE))
                .handler(LinkHandler.dialing(this, Hello.of(group.layout(), rank)));
        bootstrap.connect(peer.socketAddress()).addListener((ChannelFuture f) -> {
            if (!f.isSuccess()) {
                redial(deadline, f.cause().toString());
                return;
            }
            channel = f.channel(); // so that close() also drops a connection still in its handshake
            if (failed || group.isClosed()) {
                f.channel().close();
            }
        });
    }

    /** The dialed connection closed or failed before the handshake: try again while there is time. */
    void redial(long deadline, String error) {
        lastError = error;
        if (group.isClosed() || up || failed || System.nanoTime() - deadline > 0) {
            return;
        }
        FabricLoop.group().schedule(() -> dial(deadline), RETRY_MILLIS, TimeUnit.MILLISECONDS);
    }

    /** The handshake completed on {@code ch} (on its event loop). */
    void up(Channel ch) {
        if (group.isClosed() || failed) {
            ch.close();
            return;
        }
        channel = ch;
        outbox.attach(ch);
        lastRead = System.nanoTime();
        lastWrite = lastRead;
        long period = group.settings().heartbeatMillis();
        watchdog = ch.eventLoop().scheduleAtFixedRate(this::tick, period, period, TimeUnit.MILLISECONDS);
        up = true;
        if (failed) {
            shut(); // closed by another thread while we came up
            return;
        }
        group.linkSettled();
    }

    void read() {
        lastRead = System.nanoTime();
    }

    void wrote() {
        lastWrite = System.nanoTime();
    }

    /** Every heartbeat period, on the event loop: a heartbeat if we were silent, failure if the peer was. */
    private void tick() {
        Channel ch = channel;
        if (failed || ch == null) {
            return;
        }
        long now = System.nanoTime();
        long timeout = group.settings().peerTimeoutMillis();
        if (now - lastRead > TimeUnit.MILLISECONDS.toNanos(timeout)) {
            fail("heard nothing for " + timeout + " ms (sirocco.fabricPeerTimeout)");
            return;
        }
        if (now - lastWrite >= TimeUnit.MILLISECONDS.toNanos(group.settings().heartbeatMillis()) / 2) {
            lastWrite = now;
            ch.writeAndFlush(Frames.single(ch.alloc(), Frames.HEARTBEAT), ch.voidPromise());
        }
    }

    /** The peer is gone: final. Any thread. */
    void fail(String reason) {
        synchronized (this) {
            if (failed) {
                return;
            }
            failed = true;
        }
        outbox.discard();
        if (!group.isClosed()) {
            LOG.log(System.Logger.Level.INFO, "network fabric group {0} view {1} rank {2}: peer rank {3} ({4}) "
                    + "failed: {5}", group.layout().group(), group.layout().viewId(), group.myRank(), rank, locator,
                    reason);
        }
        shut();
        group.linkSettled();
    }

    /** This member closes: drop the connection without calling it a failure in the log. */
    void close() {
        synchronized (this) {
            failed = true;
        }
        outbox.discard();
        shut();
    }

    private void shut() {
        ScheduledFuture<?> w = watchdog;
        if (w != null) {
            w.cancel(false);
        }
        Channel ch = channel;
        if (ch != null) {
            ch.close();
        }
    }

    @Override
    public String toString() {
        return "rank " + rank + " (" + locator + (failed ? ", failed" : up ? ", up" : ", connecting") + ")";
    }
}
