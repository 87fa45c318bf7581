package io.sirocco.rtps.fabric;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.PooledByteBufAllocator;
import io.netty.channel.Channel;
import java.lang.foreign.MemorySegment;

/**
 * The pushes posted to one peer and not yet handed to its socket. A push copies the row's bytes
 * into a pooled buffer at once (the row may change as soon as push returns; the peer sees the bytes
 * as they were when pushed) and appends them as one frame; the first push into an empty outbox
 * schedules one flush on the link's event loop. Every push posted before that flush runs goes out in
 * the same write, in post order (opportunistic coalescing: never wait to fill a batch). While the
 * socket is not writable the outbox keeps growing and is flushed, still in order, when it drains;
 * past {@code maxQueuedBytes} the peer is failed rather than buffered without bound.
 *
 * <p>Per push this allocates nothing but what the pooled allocator hands out per flush (a pooled
 * buffer, grown by doubling while frames pile up).
 */
final class Outbox implements Runnable {
    private static final int INITIAL = 4096;

    private final PeerLink link;
    private final long maxQueuedBytes;
    private Channel channel;
    private ByteBuf pending;
    private boolean scheduled;
    private boolean dead;

    Outbox(PeerLink link, long maxQueuedBytes) {
        this.link = link;
        this.maxQueuedBytes = maxQueuedBytes;
    }

    synchronized void attach(Channel channel) {
        this.channel = channel;
    }

    /** Queues bytes {@code offset..offset+length} of {@code row}; ignored once the peer failed. */
    void push(MemorySegment row, long offset, int length) {
        Channel target;
        boolean overflow = false;
        synchronized (this) {
            if (dead || channel == null) {
                return;
            }
            int frame = Frames.PUSH_HEADER + length;
            ByteBuf out = pending;
            if (out == null) {
                out = PooledByteBufAllocator.DEFAULT.directBuffer(Math.max(INITIAL, frame));
                pending = out;
            } else if (out.readableBytes() + (long) frame > maxQueuedBytes) {
                overflow = true;
            }
            if (!overflow) {
                out.writeByte(Frames.PUSH).writeIntLE((int) offset).writeIntLE(length);
                RowCopy.toFrame(row, offset, length, out);
            }
            target = scheduled ? null : channel;
            scheduled = true;
        }
        if (overflow) {
            link.fail("more than " + maxQueuedBytes + " bytes queued to it (sirocco.fabricMaxQueued): it does "
                    + "not drain its connection");
        } else if (target != null) {
            target.eventLoop().execute(this);
        }
    }

    /** The flush, on the event loop; also run when the socket becomes writable again. */
    @Override
    public void run() {
        ByteBuf out;
        Channel target;
        synchronized (this) {
            target = channel;
            if (dead || target == null || pending == null) {
                scheduled = false;
                return;
            }
            if (!target.isWritable()) {
                return; // stays scheduled: pushes keep coalescing until writability changes
            }
            out = pending;
            pending = null;
            scheduled = false;
        }
        link.wrote();
        target.writeAndFlush(out, target.voidPromise());
    }

    /** Drops what is queued and every later push. */
    void discard() {
        ByteBuf out;
        synchronized (this) {
            dead = true;
            out = pending;
            pending = null;
        }
        if (out != null) {
            out.release();
        }
    }
}
