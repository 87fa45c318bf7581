package io.sirocco.rtps.fabric;

import io.netty.channel.EventLoopGroup;
import io.netty.channel.IoHandlerFactory;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.ServerChannel;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.epoll.EpollIoHandler;
import io.netty.channel.epoll.EpollServerSocketChannel;
import io.netty.channel.epoll.EpollSocketChannel;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.channel.socket.nio.NioSocketChannel;
import io.sirocco.rtps.net.EventLoops;

/**
 * The JVM's fabric I/O thread: one Netty event loop (epoll on Linux, NIO elsewhere, as the RTPS
 * loops), shared by every provider, listener and link. It is not one of the RTPS loops: RTPS
 * listeners may block the RTPS data loop, and a stalled fabric loop would make peers look failed.
 */
final class FabricLoop {
    private static volatile EventLoopGroup group;

    private FabricLoop() {
    }

    static EventLoopGroup group() {
        EventLoopGroup current = group;
        if (current == null) {
            synchronized (FabricLoop.class) {
                current = group;
                if (current == null) {
                    IoHandlerFactory factory = EventLoops.epoll() ? EpollIoHandler.newFactory()
                            : NioIoHandler.newFactory();
                    current = new MultiThreadIoEventLoopGroup(1, runnable -> {
                        Thread thread = new Thread(runnable, "sirocco-fabric");
                        thread.setDaemon(true);
                        return thread;
                    }, factory);
                    group = current;
                }
            }
        }
        return current;
    }

    static ServerChannel newServerChannel() {
        return EventLoops.epoll() ? new EpollServerSocketChannel() : new NioServerSocketChannel();
    }

    static SocketChannel newChannel() {
        return EventLoops.epoll() ? new EpollSocketChannel() : new NioSocketChannel();
    }
}
