package io.sirocco.rtps.fabric;

import io.sirocco.stores.fabric.FabricException;
import io.sirocco.stores.fabric.FabricGroup;
import io.sirocco.stores.fabric.GroupLayout;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.function.IntPredicate;

/**
 * One member of one view on the network fabric: its own copy of every member's row and a
 * {@link PeerLink} to every linked peer (every peer, unless a tiered fabric reaches some of them
 * through shared memory; the copies of unlinked peers' rows stay untouched). A push copies the bytes into the peer's outbox; the peer's link
 * thread applies them to its copy of this member's row (see {@link RowCopy} for why a reader that
 * acquires a counter also sees what was pushed before it).
 *
 * <p>Rows live in an automatic arena, as in the in-JVM fabric: a frame still being applied when the
 * member closes can never touch freed memory.
 */
public final class NetFabricGroup implements FabricGroup {
    private static final System.Logger LOG = System.getLogger(NetFabricGroup.class.getName());

    private final GroupLayout layout;
    private final NetFabricSettings settings;
    private final FabricListener listener;
    private final int me;
    private final MemorySegment[] rows;
    private final PeerLink[] links;
    private final long deadline;
    private volatile boolean closed;
    private String openFailure; // guarded by this

    private NetFabricGroup(GroupLayout layout, IntPredicate linked, NetFabricSettings settings,
            FabricListener listener) {
        this.layout = layout;
        this.settings = settings;
        this.listener = listener;
        this.me = layout.myRank();
        this.deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(settings.connectTimeoutMillis());
        Arena arena = Arena.ofAuto();
        rows = new MemorySegment[layout.members()];
        links = new PeerLink[layout.members()];
        for (int r = 0; r < rows.length; r++) {
            rows[r] = arena.allocate(layout.rowBytes(), 64);
            links[r] = r == me || !linked.test(r) ? null : new PeerLink(this, r);
        }
    }

    /**
     * Opens the member: dials every higher linked rank, waits for every lower one to dial in, and
     * returns once every linked peer is connected (or failed after connecting).
     */
    static NetFabricGroup open(GroupLayout layout, IntPredicate linked, NetFabricSettings settings,
            FabricListener listener) throws FabricException {
        NetFabricGroup g = new NetFabricGroup(layout, linked, settings, listener);
        listener.register(g);
        try {
            for (int r = g.me + 1; r < g.rows.length; r++) {
                if (g.links[r] != null) {
                    g.links[r].dial(g.deadline);
                }
            }
            g.awaitLinks();
            return g;
        } catch (FabricException | RuntimeException e) {
            g.close();
            throw e;
        }
    }

    private synchronized void awaitLinks() throws FabricException {
        try {
            while (openFailure == null && !allSettled()) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new FabricException(describe() + ": could not connect to " + unreachable() + " within "
                            + settings.connectTimeoutMillis() + " ms (sirocco.fabricConnectTimeout)");
                }
                TimeUnit.NANOSECONDS.timedWait(this, left);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FabricException(describe() + ": interrupted while connecting", e);
        }
        if (openFailure != null) {
            throw new FabricException(describe() + ": " + openFailure);
        }
    }

    private boolean allSettled() {
        for (PeerLink link : links) {
            if (link != null && !link.isUp() && !link.failed()) {
                return false;
            }
        }
        return true;
    }

    private String unreachable() {
        List<String> missing = new ArrayList<>();
        for (PeerLink link : links) {
            if (link != null && !link.isUp() && !link.failed()) {
                String error = link.lastError();
                missing.add("member " + link.rank + " (" + link.locator + (link.rank > me
                        ? (error == null ? ", no answer to our hello" : ", last error: " + error)
                        : ", which did not connect to us") + ")");
            }
        }
        return String.join(", ", missing);
    }

    private String describe() {
        return "network fabric group " + layout.group() + " view " + layout.viewId() + " rank " + me;
    }

    synchronized void linkSettled() {
        notifyAll();
    }

    /** A peer refused our hello: the layouts disagree; the open fails with the peer's reason. */
    synchronized void rejected(PeerLink link, String reason) {
        LOG.log(System.Logger.Level.WARNING, describe() + ": member " + link.rank + " (" + link.locator
                + ") refused our connection: " + reason);
        if (openFailure == null) {
            openFailure = "member " + link.rank + " (" + link.locator + ") refused our connection: " + reason;
        }
        notifyAll();
    }

    /** A lower rank's hello for this member, on its connection's event loop. */
    void accept(LinkHandler h) {
        Hello hello = h.hello();
        if (closed) {
            h.reject(describe() + " is closed");
            return;
        }
        String mismatch = hello.mismatch(layout);
        if (mismatch != null) {
            String reason = "layouts differ: " + mismatch;
            LOG.log(System.Logger.Level.WARNING, describe() + ": refused a connection from rank " + hello.fromRank()
                    + " at " + h.context().channel().remoteAddress() + ": " + reason);
            h.reject(reason);
            synchronized (this) {
                if (openFailure == null) {
                    openFailure = "member " + hello.fromRank() + " connected with a different layout: " + mismatch;
                }
                notifyAll();
            }
            return;
        }
        PeerLink link = links[hello.fromRank()];
        if (link == null) {
            LOG.log(System.Logger.Level.WARNING, describe() + ": refused a connection from rank " + hello.fromRank()
                    + ", which it is not linked to");
            h.reject("rank " + hello.fromRank() + " is not linked to rank " + me + " (both members must pass the "
                    + "same linked relation)");
            return;
        }
        if (link.isUp() || link.failed()) {
            LOG.log(System.Logger.Level.WARNING, describe() + ": refused a second connection from rank "
                    + hello.fromRank() + " at " + h.context().channel().remoteAddress());
            h.reject("rank " + hello.fromRank() + " is already " + (link.failed() ? "failed" : "connected"));
            return;
        }
        h.accept(link);
    }

    NetFabricSettings settings() {
        return settings;
    }

    long deadline() {
        return deadline;
    }

    boolean isClosed() {
        return closed;
    }

    @Override
    public GroupLayout layout() {
        return layout;
    }

    @Override
    public MemorySegment row(int rank) {
        return rows[Objects.checkIndex(rank, rows.length)];
    }

    @Override
    public long readLongAcquire(int rank, long offset) {
        return (long) RowCopy.LONG.getAcquire(rows[rank], offset);
    }

    @Override
    public void writeLongRelease(long offset, long value) {
        RowCopy.LONG.setRelease(rows[me], offset, value);
    }

    @Override
    public void push(int rank, long offset, long length) {
        Objects.checkIndex(rank, rows.length);
        Objects.checkFromIndexSize(offset, length, (long) layout.rowBytes());
        PeerLink link = links[rank];
        if (link != null && length > 0) {
            link.outbox.push(rows[me], offset, (int) length);
        }
    }

    @Override
    public boolean failed(int rank) {
        PeerLink link = links[Objects.checkIndex(rank, links.length)];
        return link != null && link.failed();
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        listener.unregister(this);
        for (PeerLink link : links) {
            if (link != null) {
                link.close();
            }
        }
    }

    @Override
    public String toString() {
        List<String> peers = new ArrayList<>();
        for (PeerLink link : links) {
            if (link != null) {
                peers.add(link.toString());
            }
        }
        return describe() + " " + peers;
    }
}
