package io.sirocco.stores.dcps;

import io.sirocco.dcps.spi.ChangeKind;
import io.sirocco.dcps.spi.WriterChange;
import io.sirocco.dcps.type.TypeCodec;
import io.sirocco.dcps.type.cdr.CdrOutput;
import io.sirocco.dcps.type.cdr.Encapsulation;
import io.sirocco.stores.group.MulticastGroup;
import io.sirocco.stores.smc.SmcSlot;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.ByteOrder;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The sending side of a group topic in this JVM: serializes a writer's change once (CDR into a
 * reused buffer), then copies it into the member's SMC slot behind a {@link GroupMessage} header —
 * one slot, or several consecutive slots for a sample larger than one (fragments). All writers of
 * the JVM's member share its ring, so sending is serialized by one lock.
 *
 * <p>A writer may be called from the group thread itself (a reader's listener that answers). That
 * thread must never wait for the window (the window frees only as it delivers), so there it claims
 * only what is free now and queues the rest, in order, in an outbox that another thread drains; any
 * later message waits behind the outbox so that each writer's samples stay in order.
 */
final class GroupSender {
    private static final byte[] ZEROS = new byte[4];

    private final TopicMember member;
    private final ReentrantLock lock = new ReentrantLock();
    private final CdrOutput out = new CdrOutput(256);
    private final ConcurrentLinkedQueue<byte[]> outbox = new ConcurrentLinkedQueue<>();
    private volatile boolean drainScheduled;
    private long dropped;

    GroupSender(TopicMember member) {
        this.member = member;
    }

    /** Samples dropped because this member was not in a running group when they were written. */
    long dropped() {
        return dropped;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    void publish(LocalWriterEntry entry, WriterChange<?> change) {
        MulticastGroup g = member.runningGroup();
        if (g == null) {
            dropped++;
            return;
        }
        boolean groupThread = g.onGroupThread();
        if (groupThread && !lock.tryLock()) {
            CdrOutput own = serialize(new CdrOutput(256), entry, (WriterChange) change);
            queue(entry, change, own, g);
            return;
        }
        if (!groupThread) {
            lock.lock();
        }
        try {
            CdrOutput o = serialize(out, entry, (WriterChange) change);
            if (!outbox.isEmpty()) {
                if (groupThread) {
                    queue(entry, change, o, g);
                    return;
                }
                drain(g);
            }
            send(g, entry, change, o, groupThread);
        } catch (IllegalStateException stopped) {
            dropped++; // the group stopped under us; the member rejoins and TRANSIENT_LOCAL history is replayed
        } finally {
            lock.unlock();
        }
    }

    private static <T> CdrOutput serialize(CdrOutput o, LocalWriterEntry entry, WriterChange<T> change) {
        @SuppressWarnings("unchecked")
        TypeCodec<T> codec = (TypeCodec<T>) entry.writer.codec();
        o.reset(entry.version, ByteOrder.LITTLE_ENDIAN, GroupMessage.HEADER_SIZE + Encapsulation.HEADER_SIZE);
        if (change.kind() != ChangeKind.ALIVE) {
            codec.serializeKey(change.data(), o);
        } else {
            codec.serialize(change.data(), o);
        }
        int padding = (4 - ((o.position() - GroupMessage.HEADER_SIZE) & 3)) & 3;
        if (padding > 0) {
            o.writeBytes(ZEROS, 0, padding);
        }
        Encapsulation.writeHeader(o.buffer(), GroupMessage.HEADER_SIZE, entry.encapsulation, padding);
        return o;
    }

    /** Sends the serialized change in one or more slots; on the group thread, queues what does not fit now. */
    private void send(MulticastGroup g, LocalWriterEntry entry, WriterChange<?> change, CdrOutput o, boolean groupThread) {
        int total = o.position() - GroupMessage.HEADER_SIZE;
        int chunk = member.maxPayload() - GroupMessage.HEADER_SIZE;
        int flags = change.kind() != ChangeKind.ALIVE ? GroupMessage.KEY_ONLY : 0;
        for (int sent = 0; sent < total || (total == 0 && sent == 0); ) {
            int n = Math.min(chunk, total - sent);
            int f = flags | (sent == 0 ? GroupMessage.FIRST : 0) | (sent + n == total ? GroupMessage.LAST : 0);
            SmcSlot slot = groupThread ? g.tryClaim() : g.claim();
            if (slot == null) {
                queueFrom(entry, change, o, sent, g);
                return;
            }
            MemorySegment p = slot.payload();
            GroupMessage.writeHeader(p, 0, entry.high, entry.low, change.sequenceNumber(),
                    change.sourceTimestampNanos(), change.kind(), f, total, entry.keyed ? change.keyHash() : ZERO_HASH);
            MemorySegment.copy(o.buffer(), GroupMessage.HEADER_SIZE + sent, p, ValueLayout.JAVA_BYTE,
                    GroupMessage.HEADER_SIZE, n);
            g.commit(slot, GroupMessage.HEADER_SIZE + n);
            sent += n;
            if (total == 0) {
                break;
            }
        }
    }

    private static final byte[] ZERO_HASH = new byte[16];

    private void queue(LocalWriterEntry entry, WriterChange<?> change, CdrOutput o, MulticastGroup g) {
        queueFrom(entry, change, o, 0, g);
    }

    /** Queues the fragments of a serialized change from body offset {@code from} on (rare path: allocates). */
    private void queueFrom(LocalWriterEntry entry, WriterChange<?> change, CdrOutput o, int from, MulticastGroup g) {
        int total = o.position() - GroupMessage.HEADER_SIZE;
        int chunk = member.maxPayload() - GroupMessage.HEADER_SIZE;
        int flags = change.kind() != ChangeKind.ALIVE ? GroupMessage.KEY_ONLY : 0;
        int sent = from;
        do {
            int n = Math.min(chunk, total - sent);
            int f = flags | (sent == 0 ? GroupMessage.FIRST : 0) | (sent + n == total ? GroupMessage.LAST : 0);
            byte[] frame = new byte[GroupMessage.HEADER_SIZE + n];
            MemorySegment s = MemorySegment.ofArray(frame);
            GroupMessage.writeHeader(s, 0, entry.high, entry.low, change.sequenceNumber(), change.sourceTimestampNanos(),
                    change.kind(), f, total, entry.keyed ? change.keyHash() : ZERO_HASH);
            System.arraycopy(o.buffer(), GroupMessage.HEADER_SIZE + sent, frame, GroupMessage.HEADER_SIZE, n);
            outbox.add(frame);
            sent += n;
        } while (sent < total);
        if (!drainScheduled) {
            drainScheduled = true;
            member.drainLater(() -> {
                drainScheduled = false;
                lock.lock();
                try {
                    drain(g);
                } catch (IllegalStateException stopped) {
                    outbox.clear();
                } finally {
                    lock.unlock();
                }
            });
        }
    }

    /** Sends the outbox in order, waiting for the window (never on the group thread; lock held). */
    private void drain(MulticastGroup g) {
        for (byte[] frame; (frame = outbox.peek()) != null; ) {
            SmcSlot slot = g.claim();
            MemorySegment.copy(frame, 0, slot.payload(), ValueLayout.JAVA_BYTE, 0, frame.length);
            g.commit(slot, frame.length);
            outbox.poll();
        }
    }
}
