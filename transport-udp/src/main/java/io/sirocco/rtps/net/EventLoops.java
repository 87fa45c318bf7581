package io.sirocco.rtps.net;

import io.netty.channel.EventLoop;
import io.netty.channel.IoHandlerFactory;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.epoll.Epoll;
import io.netty.channel.epoll.EpollIoHandler;
import io.netty.channel.nio.NioIoHandler;
import java.util.Iterator;

/**
 * The JVM's two RTPS threads, Netty event loops (epoll on Linux, NIO elsewhere) shared by every
 * participant:
 * <ul>
 * <li>the <em>control</em> loop receives discovery traffic and the acknowledgements addressed to
 * writers, and runs writer and discovery timers (heartbeats, announcements, leases);</li>
 * <li>the <em>data</em> loop receives user data and delivers it into readers, which may run
 * listeners.</li>
 * </ul>
 * A listener that blocks on the data loop (a write waiting for acknowledgements, say) therefore
 * never stops the acknowledgements it is waiting for.
 */
public final class EventLoops {
    private static final System.Logger LOG = System.getLogger(EventLoops.class.getName());
    private static volatile EventLoops instance;

    private final EventLoop control;
    private final EventLoop data;

    private EventLoops(EventLoop control, EventLoop data) {
        this.control = control;
        this.data = data;
    }

    public static boolean epoll() {
        return Epoll.isAvailable();
    }

    private static EventLoops get() {
        EventLoops current = instance;
        if (current == null) {
            synchronized (EventLoops.class) {
                current = instance;
                if (current == null) {
                    IoHandlerFactory factory = epoll() ? EpollIoHandler.newFactory() : NioIoHandler.newFactory();
                    MultiThreadIoEventLoopGroup group = new MultiThreadIoEventLoopGroup(2, runnable -> {
                        Thread thread = new Thread(runnable, "sirocco-rtps");
                        thread.setDaemon(true);
                        return thread;
                    }, factory);
                    Iterator<?> loops = group.iterator();
                    current = new EventLoops((EventLoop) loops.next(), (EventLoop) loops.next());
                    current.control.execute(() -> Thread.currentThread().setName("sirocco-rtps-control"));
                    current.data.execute(() -> Thread.currentThread().setName("sirocco-rtps-data"));
                    instance = current;
                    LOG.log(System.Logger.Level.DEBUG, "RTPS event loops started ({0})", epoll() ? "epoll" : "nio");
                }
            }
        }
        return current;
    }

    /** The loop for discovery, acknowledgements and timers. */
    public static EventLoop control() {
        return get().control;
    }

    /** The loop that delivers user data into readers. */
    public static EventLoop data() {
        return get().data;
    }
}
