package io.sirocco.rtps.fabric;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.buffer.PooledByteBufAllocator;
import io.netty.channel.Channel;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.sirocco.stores.fabric.FabricException;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

/**
 * A provider's listening socket, shared by every group and view it opens: each accepted connection
 * says in its hello which member (group, view, rank) it is for. A hello for a member that has not
 * opened yet is parked until it does (peers open a view at slightly different times), or until the
 * connect timeout, when the connection is closed and its dialer retries or gives up.
 */
final class FabricListener implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(FabricListener.class.getName());

    private final Channel server;
    private final NetLocator locator;
    private final NetFabricSettings settings;
    private final Map<String, NetFabricGroup> members = new HashMap<>();
    private final Map<String, List<LinkHandler>> parked = new HashMap<>();

    private FabricListener(Channel server, NetLocator locator, NetFabricSettings settings) {
        this.server = server;
        this.locator = locator;
        this.settings = settings;
    }

    static FabricListener open(NetFabricSettings settings) throws FabricException {
        FabricListener[] self = new FabricListener[1];
        ServerBootstrap bootstrap = new ServerBootstrap().group(FabricLoop.group())
                .channelFactory(FabricLoop::newServerChannel)
                .childOption(ChannelOption.TCP_NODELAY, true)
                .childOption(ChannelOption.SO_KEEPALIVE, true)
                .childOption(ChannelOption.ALLOCATOR, PooledByteBufAllocator.DEFAULT)
                .childHandler(new ChannelInitializer<Channel>() {
                    @Override
                    protected void initChannel(Channel ch) {
                        ch.pipeline().addLast(LinkHandler.accepted(self[0]));
                    }
                });
        InetSocketAddress address = new InetSocketAddress(settings.address(), settings.port());
        Channel server;
        try {
            server = bootstrap.bind(address).sync().channel();
        } catch (Exception e) {
            throw new FabricException("network fabric: cannot listen on " + address + " (sirocco.interfaces, "
                    + "sirocco.fabricPort): " + e, e);
        }
        int port = ((InetSocketAddress) server.localAddress()).getPort();
        NetLocator locator = new NetLocator(settings.address().getHostAddress(), port,
                ThreadLocalRandom.current().nextLong() ^ System.nanoTime());
        self[0] = new FabricListener(server, locator, settings);
        LOG.log(System.Logger.Level.DEBUG, "network fabric listening on {0}", locator.format());
        return self[0];
    }

    NetLocator locator() {
        return locator;
    }

    private static String key(String group, long viewId, int rank) {
        return viewId + "/" + rank + "/" + group;
    }

    /** Makes {@code member} reachable, and hands it the connections that were waiting for it. */
    void register(NetFabricGroup member) throws FabricException {
        String key = key(member.layout().group(), member.layout().viewId(), member.myRank());
        List<LinkHandler> waiting;
        synchronized (this) {
            if (members.putIfAbsent(key, member) != null) {
                throw new FabricException("network fabric: rank " + member.myRank() + " of group "
                        + member.layout().group() + " view " + member.layout().viewId()
                        + " is already open on this provider (" + locator.format() + ")");
            }
            waiting = parked.remove(key);
        }
        if (waiting != null) {
            for (LinkHandler h : waiting) {
                h.context().executor().execute(() -> member.accept(h));
            }
        }
    }

    synchronized void unregister(NetFabricGroup member) {
        members.remove(key(member.layout().group(), member.layout().viewId(), member.myRank()), member);
    }

    /** A hello arrived (on the connection's event loop). */
    void hello(LinkHandler h) {
        Hello hello = h.hello();
        String key = key(hello.group(), hello.viewId(), hello.toRank());
        NetFabricGroup member;
        synchronized (this) {
            member = members.get(key);
            if (member == null) {
                parked.computeIfAbsent(key, k -> new ArrayList<>()).add(h);
            }
        }
        if (member != null) {
            member.accept(h);
            return;
        }
        h.context().executor().schedule(() -> {
            if (forget(h)) {
                LOG.log(System.Logger.Level.DEBUG, "network fabric: no rank {0} of group {1} view {2} opened here "
                        + "within {3} ms; closing the connection from rank {4}", hello.toRank(), hello.group(),
                        hello.viewId(), settings.connectTimeoutMillis(), hello.fromRank());
                h.context().close();
            }
        }, settings.connectTimeoutMillis(), TimeUnit.MILLISECONDS);
    }

    /** Drops a parked connection (closed, or waited too long); whether it was parked. */
    synchronized boolean forget(LinkHandler h) {
        Hello hello = h.hello();
        if (hello == null) {
            return false;
        }
        String key = key(hello.group(), hello.viewId(), hello.toRank());
        List<LinkHandler> list = parked.get(key);
        if (list == null || !list.remove(h)) {
            return false;
        }
        if (list.isEmpty()) {
            parked.remove(key);
        }
        return true;
    }

    @Override
    public void close() {
        server.close().syncUninterruptibly();
    }
}
