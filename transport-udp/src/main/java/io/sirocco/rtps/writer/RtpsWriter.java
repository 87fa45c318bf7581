package io.sirocco.rtps.writer;

import io.sirocco.dcps.core.Guid;
import io.sirocco.dcps.spi.MatchedReader;
import io.sirocco.rtps.wire.MessageBuilder;
import io.sirocco.rtps.wire.Rtps;
import io.sirocco.rtps.wire.SequenceSet;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The RTPS side of one writer (user or built-in): sends each change to the matched readers'
 * locators, keeps the serialized history for retransmission, answers ACKNACK and NACK_FRAG with
 * data and GAPs, and heartbeats while reliable readers have not acknowledged everything.
 *
 * <p>Live data goes into one batch shared by every destination. The writing thread sends it at
 * once when the writer has been idle; when writes come back to back, the batch is left open and
 * the event loop flushes it (or the next write, when it fills up): opportunistic batching.
 * Retransmissions and heartbeats are built and sent on the event loop. The lock guards the history,
 * the readers and the builders; it is never held while calling into DCPS.
 */
public final class RtpsWriter {
    /** A writer that sent within this long is busy: further samples are batched. */
    private static final long BUSY_NANOS = 30_000;
    private static final int MAX_SAMPLES_PER_HEARTBEAT = 128;
    /** Room kept in a datagram beyond a sample's payload: INFO_TS, the DATA header, inline QoS. */
    private static final int DATA_OVERHEAD = 96;

    private final WriterContext context;
    private final Guid guid;
    private final int entityId;
    private final boolean reliableWriter;
    private final ReentrantLock lock = new ReentrantLock();
    private final SendHistory history = new SendHistory();
    private final MessageBuilder live;
    private final MessageBuilder control;
    private final SequenceSet scratch = new SequenceSet();
    private final Runnable flushTask = this::flushFromEventLoop;
    private volatile RemoteReader[] readers = new RemoteReader[0];
    private InetSocketAddress[] destinations = new InetSocketAddress[0];
    private ByteBuffer liveView;
    private ByteBuffer controlView;
    private boolean flushScheduled;
    private long lastLiveSend;
    /** When a sample last joined the open datagram (read by the flush task without the lock). */
    private volatile long lastAppend;
    private int samplesSinceHeartbeat;
    /** Samples between piggybacked heartbeats: a fraction of what the writer may keep unacknowledged. */
    private final int heartbeatEvery;
    private long lastHeartbeat;
    private int heartbeatCount;
    private ScheduledFuture<?> heartbeatTimer;
    private volatile boolean closed;

    /**
     * @param unacknowledgedLimit how many changes the DCPS writer can hold before a write blocks for
     *     acknowledgements ({@link Integer#MAX_VALUE} when it never blocks): acknowledgements are
     *     asked for often enough that a writer at that limit does not wait for the periodic heartbeat
     */
    public RtpsWriter(WriterContext context, Guid guid, boolean reliable, int unacknowledgedLimit) {
        this.context = context;
        this.heartbeatEvery = Math.clamp(unacknowledgedLimit / 4, 1, MAX_SAMPLES_PER_HEARTBEAT);
        this.guid = guid;
        this.entityId = guid.entityId();
        this.reliableWriter = reliable;
        this.live = new MessageBuilder(context.participantGuid(), context.maxMessageSize());
        this.control = new MessageBuilder(context.participantGuid(), context.maxMessageSize());
    }

    public Guid guid() {
        return guid;
    }

    public int entityId() {
        return entityId;
    }

    // ------------------------------------------------------------------ readers

    /**
     * Adds a reader. A {@code durable} reader is owed everything still in the history; a volatile
     * one only what is written from now on (older requests get a GAP). Call this before DCPS
     * reports the match to the application, so that nothing written after the match can miss the
     * reader; then {@link #attach} the DCPS side, which acknowledgements go to.
     */
    public void addReader(Guid reader, boolean reliable, InetSocketAddress target, boolean durable) {
        lock.lock();
        try {
            long firstRelevant = durable ? 1 : history.last() + 1;
            RemoteReader added = new RemoteReader(reader, reliable, target, firstRelevant);
            List<RemoteReader> list = new ArrayList<>(List.of(readers));
            list.removeIf(r -> r.guid.equals(reader));
            list.add(added);
            readers = list.toArray(new RemoteReader[0]);
            recomputeDestinations();
            if (reliable && reliableWriter) {
                // Tell the new reader what exists so that it can ask for it (or acknowledge).
                control.begin();
                control.infoDestination(reader.participant());
                appendHeartbeats(added);
                sendControl(target);
                ensureHeartbeatTimer();
            }
        } finally {
            lock.unlock();
        }
    }

    /**
     * Connects a reader added with {@link #addReader} to DCPS: its acknowledgements (so far and from
     * now on) drive the DCPS writer's history; a best-effort reader never acknowledges, so it is
     * reported as having everything.
     */
    public void attach(Guid reader, MatchedReader dcps) {
        RemoteReader found = null;
        long acknowledged;
        lock.lock();
        try {
            for (RemoteReader r : readers) {
                if (r.guid.equals(reader)) {
                    found = r;
                }
            }
            if (found == null) {
                return;
            }
            found.dcps = dcps;
            acknowledged = found.reliable ? found.acknowledged : Long.MAX_VALUE;
        } finally {
            lock.unlock();
        }
        if (acknowledged > 0) {
            dcps.acknowledged(acknowledged);
        }
    }

    public void removeReader(Guid reader) {
        lock.lock();
        try {
            List<RemoteReader> list = new ArrayList<>(List.of(readers));
            list.removeIf(r -> r.guid.equals(reader));
            readers = list.toArray(new RemoteReader[0]);
            recomputeDestinations();
        } finally {
            lock.unlock();
        }
    }

    /** Removes every reader of a remote participant that went away. */
    public void removeParticipant(Guid participant) {
        lock.lock();
        try {
            List<RemoteReader> list = new ArrayList<>(List.of(readers));
            list.removeIf(r -> r.guid.samePrefix(participant));
            readers = list.toArray(new RemoteReader[0]);
            recomputeDestinations();
        } finally {
            lock.unlock();
        }
    }

    public boolean hasReaders() {
        return readers.length > 0;
    }

    private void recomputeDestinations() {
        Set<InetSocketAddress> distinct = new LinkedHashSet<>();
        for (RemoteReader r : readers) {
            distinct.add(r.target);
        }
        destinations = distinct.toArray(new InetSocketAddress[0]);
    }

    // ------------------------------------------------------------------ writing

    /**
     * Sends a change and keeps it for retransmission until {@link #forget} (or for ever, for
     * writers that manage their history themselves).
     *
     * @param statusInfo 0 for data, else the RTPS status info flags (1 disposed, 2 unregistered)
     * @param keyHash 16 bytes or {@code null}
     */
    public void write(long sequence, long timestampNanos, int statusInfo, boolean keyOnly, byte[] keyHash,
            byte[] payload, int offset, int length) {
        lock.lock();
        try {
            CachedChange change = history.newChange(sequence);
            change.timestampNanos = timestampNanos;
            change.statusInfo = statusInfo;
            change.keyOnly = keyOnly;
            change.hasKeyHash = keyHash != null;
            if (keyHash != null) {
                System.arraycopy(keyHash, 0, change.keyHash, 0, 16);
            }
            change.ensureCapacity(length);
            System.arraycopy(payload, offset, change.payload, 0, length);
            change.length = length;
            history.add(change);
            if (destinations.length > 0) {
                appendLive(change);
            }
        } finally {
            lock.unlock();
        }
    }

    /** DCPS dropped the change from its history: so does RTPS (requests for it get a GAP). */
    public void forget(long sequence) {
        lock.lock();
        try {
            history.remove(sequence);
        } finally {
            lock.unlock();
        }
    }

    /** DCPS dropped every change up to {@code sequence} (all acknowledged): one lock for all of them. */
    public void forgetThrough(long sequence) {
        lock.lock();
        try {
            history.removeThrough(sequence);
        } finally {
            lock.unlock();
        }
    }

    private void appendLive(CachedChange change) {
        int maxMessage = context.maxMessageSize();
        int room = maxMessage - DATA_OVERHEAD;
        if (change.length > room) {
            flushLive();
            samplesSinceHeartbeat++;
            sendFragments(change, Rtps.ENTITYID_UNKNOWN, destinations, live);
            lastLiveSend = System.nanoTime();
            return;
        }
        if (live.size() + change.length + DATA_OVERHEAD > maxMessage) {
            flushLive();
        }
        live.infoTimestamp(change.timestampNanos);
        live.data(Rtps.ENTITYID_UNKNOWN, entityId, change.sequence, change.hasKeyHash ? change.keyHash : null,
                change.statusInfo, change.payload, 0, change.length, change.keyOnly);
        samplesSinceHeartbeat++;
        long now = System.nanoTime();
        lastAppend = now;
        // Keep the datagram open only if the next sample is likely to fit: handing a datagram that
        // cannot grow to the event loop costs a wake-up and gains nothing.
        boolean roomForAnother = live.size() + change.length + DATA_OVERHEAD <= maxMessage;
        if (!context.batching() || now - lastLiveSend > BUSY_NANOS || !roomForAnother) {
            flushLive();
        } else if (!flushScheduled) {
            flushScheduled = true;
            context.eventLoop().execute(flushTask);
        }
    }

    private void flushFromEventLoop() {
        long idle = System.nanoTime() - lastAppend;
        if (idle < BUSY_NANOS) {
            // The writer is still adding samples: it sends the datagram itself when it is full, so
            // look again once it has been quiet for a while instead of sending a half-empty one.
            context.eventLoop().schedule(flushTask, BUSY_NANOS - idle, TimeUnit.NANOSECONDS);
            return;
        }
        lock.lock();
        try {
            flushScheduled = false;
            flushLive();
        } finally {
            lock.unlock();
        }
    }

    /** Sends the open batch to every destination, with a piggybacked heartbeat now and then. */
    private void flushLive() {
        if (live.isEmpty()) {
            return;
        }
        long now = System.nanoTime();
        piggybackHeartbeat(now);
        liveView = view(live, liveView);
        for (InetSocketAddress destination : destinations) {
            liveView.clear().limit(live.size());
            context.send(liveView, destination);
        }
        live.begin();
        lastLiveSend = now;
    }

    /**
     * Appends a heartbeat to the live datagram when one is due: after {@code heartbeatEvery} samples
     * (so a KEEP_ALL writer is acknowledged before its history fills) or a quarter heartbeat period.
     */
    private void piggybackHeartbeat(long now) {
        if (reliableWriter
                && (samplesSinceHeartbeat >= heartbeatEvery || now - lastHeartbeat > context.heartbeatNanos() / 4)
                && reliableReadersSynced()) {
            live.heartbeat(Rtps.ENTITYID_UNKNOWN, entityId, history.first(), history.last(), ++heartbeatCount,
                    false, false);
            samplesSinceHeartbeat = 0;
            lastHeartbeat = now;
            ensureHeartbeatTimer();
        }
    }

    private static ByteBuffer view(MessageBuilder builder, ByteBuffer cached) {
        if (cached == null || cached.array() != builder.buffer()) {
            cached = ByteBuffer.wrap(builder.buffer());
        }
        return cached;
    }

    private void sendControl(InetSocketAddress target) {
        if (control.isEmpty()) {
            return;
        }
        controlView = view(control, controlView);
        controlView.clear().limit(control.size());
        context.send(controlView, target);
        control.begin();
    }

    /**
     * Whether there are reliable readers and all of them have answered: only then may a heartbeat
     * go to every destination at once (see {@link #appendHeartbeats}).
     */
    private boolean reliableReadersSynced() {
        boolean any = false;
        for (RemoteReader r : readers) {
            if (r.reliable) {
                if (!r.synced) {
                    return false;
                }
                any = true;
            }
        }
        return any;
    }

    /** Sends a large change as DATA_FRAG submessages, as many fragments per datagram as fit. */
    private void sendFragments(CachedChange change, int readerId, InetSocketAddress[] targets, MessageBuilder builder) {
        int fragmentSize = context.fragmentSize();
        int fragments = (change.length + fragmentSize - 1) / fragmentSize;
        int perMessage = Math.max(1, (context.maxMessageSize() - 128) / fragmentSize);
        for (int first = 1; first <= fragments; first += perMessage) {
            int count = Math.min(perMessage, fragments - first + 1);
            sendFragmentRange(change, readerId, targets, builder, first, count, fragments);
        }
    }

    private void sendFragmentRange(CachedChange change, int readerId, InetSocketAddress[] targets,
            MessageBuilder builder, int first, int count, int fragments) {
        int fragmentSize = context.fragmentSize();
        int offset = (first - 1) * fragmentSize;
        int bytes = Math.min(count * fragmentSize, change.length - offset);
        builder.begin();
        builder.infoTimestamp(change.timestampNanos);
        builder.dataFragment(readerId, entityId, change.sequence, change.hasKeyHash ? change.keyHash : null,
                change.statusInfo, first, count, fragmentSize, change.length, change.payload, offset, bytes,
                change.keyOnly);
        if (first + count > fragments && reliableWriter) {
            builder.heartbeatFragment(readerId, entityId, change.sequence, fragments, ++heartbeatCount);
            if (builder == live) {
                piggybackHeartbeat(System.nanoTime()); // as for unfragmented live data
            }
        }
        ByteBuffer view;
        if (builder == live) {
            view = liveView = view(live, liveView);
        } else {
            view = controlView = view(control, controlView);
        }
        for (InetSocketAddress target : targets) {
            view.clear().limit(builder.size());
            context.send(view, target);
        }
        builder.begin();
    }

    // ------------------------------------------------------------------ reliability (event loop)

    /** An ACKNACK from a reader: acknowledges below the base, requests the set bits. */
    public void onAcknack(long readerHigh, long readerLow, SequenceSet requested, int count) {
        RemoteReader reader = find(readerHigh, readerLow);
        if (reader == null) {
            return;
        }
        long acknowledged = -1;
        lock.lock();
        try {
            if (count <= reader.lastAcknackCount && reader.lastAcknackCount != Integer.MIN_VALUE) {
                return;
            }
            reader.lastAcknackCount = count;
            boolean firstAnswer = !reader.synced;
            long newAcked = requested.base() - 1;
            if (newAcked > reader.acknowledged) {
                reader.acknowledged = newAcked;
                acknowledged = newAcked;
            }
            if (requested.numBits() > 0) {
                resend(reader, requested);
            } else if (firstAnswer && reader.acknowledged < history.last()) {
                // The reader just learned of this writer: tell it at once what it can ask for.
                control.begin();
                control.infoDestination(reader.guid.participant());
                appendHeartbeats(reader);
                sendControl(reader.target);
            }
            reader.synced = true; // after the heartbeats above, which must still start the session
        } finally {
            lock.unlock();
        }
        MatchedReader dcps = reader.dcps;
        if (acknowledged >= 0 && dcps != null) {
            dcps.acknowledged(acknowledged);
        }
    }

    private void resend(RemoteReader reader, SequenceSet requested) {
        control.begin();
        control.infoDestination(reader.guid.participant());
        long gapStart = -1;
        long base = requested.base();
        for (int i = 0; i < requested.numBits(); i++) {
            long sequence = base + i;
            if (!requested.contains(sequence)) {
                continue;
            }
            CachedChange change = sequence < reader.firstRelevant ? null : history.get(sequence);
            if (change == null) {
                if (gapStart < 0) {
                    gapStart = sequence;
                }
                continue;
            }
            if (gapStart >= 0) {
                appendGap(reader, gapStart, sequence);
                gapStart = -1;
            }
            if (change.length > context.maxMessageSize() - 160) {
                sendControl(reader.target);
                control.begin();
                sendFragments(change, reader.entityId, new InetSocketAddress[] {reader.target}, control);
                control.infoDestination(reader.guid.participant());
                continue;
            }
            if (control.size() + change.length + DATA_OVERHEAD > context.maxMessageSize()) {
                sendControl(reader.target);
                control.infoDestination(reader.guid.participant());
            }
            control.infoTimestamp(change.timestampNanos);
            control.data(reader.entityId, entityId, change.sequence, change.hasKeyHash ? change.keyHash : null,
                    change.statusInfo, change.payload, 0, change.length, change.keyOnly);
        }
        if (gapStart >= 0) {
            appendGap(reader, gapStart, base + requested.numBits());
        }
        if (control.size() + 64 > context.maxMessageSize()) {
            sendControl(reader.target);
            control.infoDestination(reader.guid.participant());
        }
        appendHeartbeats(reader);
        sendControl(reader.target);
    }

    /**
     * Appends the heartbeat for one reader. Until the reader has answered once (so it knows this
     * writer), a heartbeat that announces nothing beyond the match point goes first: readers such
     * as Cyclone DDS's take the first heartbeat they see as the start of the session and skip
     * what it announces, which would lose what was written between the match and their discovery
     * of this writer.
     */
    private void appendHeartbeats(RemoteReader reader) {
        if (!reader.synced) {
            control.heartbeat(reader.entityId, entityId, reader.firstRelevant, reader.firstRelevant - 1,
                    ++heartbeatCount, false, false);
        }
        control.heartbeat(reader.entityId, entityId, history.first(), history.last(), ++heartbeatCount, false, false);
    }

    private void appendGap(RemoteReader reader, long from, long untilExclusive) {
        if (control.size() + 64 > context.maxMessageSize()) {
            sendControl(reader.target);
            control.infoDestination(reader.guid.participant());
        }
        control.gap(reader.entityId, entityId, from, scratch.reset(untilExclusive));
    }

    /** A NACK_FRAG: resend the requested fragments of one change. */
    public void onNackFragment(long readerHigh, long readerLow, long sequence, SequenceSet fragments, int count) {
        RemoteReader reader = find(readerHigh, readerLow);
        if (reader == null) {
            return;
        }
        lock.lock();
        try {
            if (count <= reader.lastNackFragCount && reader.lastNackFragCount != Integer.MIN_VALUE) {
                return;
            }
            reader.lastNackFragCount = count;
            CachedChange change = sequence < reader.firstRelevant ? null : history.get(sequence);
            if (change == null) {
                control.begin();
                control.infoDestination(reader.guid.participant());
                appendGap(reader, sequence, sequence + 1);
                sendControl(reader.target);
                return;
            }
            int fragmentSize = context.fragmentSize();
            int total = (change.length + fragmentSize - 1) / fragmentSize;
            InetSocketAddress[] target = {reader.target};
            for (int i = 0; i < fragments.numBits(); i++) {
                long fragment = fragments.base() + i;
                if (fragments.contains(fragment) && fragment >= 1 && fragment <= total) {
                    sendFragmentRange(change, reader.entityId, target, control, (int) fragment, 1, total);
                }
            }
        } finally {
            lock.unlock();
        }
    }

    private RemoteReader find(long high, long low) {
        for (RemoteReader r : readers) {
            if (r.guid.high() == high && r.guid.low() == low) {
                return r;
            }
        }
        return null;
    }

    private void ensureHeartbeatTimer() {
        if (heartbeatTimer == null && !closed) {
            long period = context.heartbeatNanos();
            heartbeatTimer = context.eventLoop().scheduleAtFixedRate(this::periodicHeartbeat, period, period,
                    TimeUnit.NANOSECONDS);
        }
    }

    /** Heartbeats every reliable reader that has not acknowledged everything. */
    private void periodicHeartbeat() {
        lock.lock();
        try {
            if (closed) {
                return;
            }
            flushLive();
            long last = history.last();
            for (RemoteReader r : readers) {
                if (r.reliable && (r.acknowledged < last || !r.synced)) {
                    control.begin();
                    control.infoDestination(r.guid.participant());
                    appendHeartbeats(r);
                    sendControl(r.target);
                }
            }
            lastHeartbeat = System.nanoTime();
        } finally {
            lock.unlock();
        }
    }

    /** A heartbeat with the liveliness flag to every reader (MANUAL_BY_TOPIC assertion). */
    public void assertLiveliness() {
        lock.lock();
        try {
            flushLive();
            for (InetSocketAddress destination : destinations) {
                control.begin();
                control.heartbeat(Rtps.ENTITYID_UNKNOWN, entityId, history.first(), history.last(), ++heartbeatCount,
                        true, true);
                sendControl(destination);
            }
        } finally {
            lock.unlock();
        }
    }

    public void close() {
        lock.lock();
        try {
            closed = true;
            flushLive();
            if (heartbeatTimer != null) {
                heartbeatTimer.cancel(false);
                heartbeatTimer = null;
            }
            readers = new RemoteReader[0];
            destinations = new InetSocketAddress[0];
        } finally {
            lock.unlock();
        }
    }

    @Override
    public String toString() {
        return "RtpsWriter[" + guid + ", " + readers.length + " readers]";
    }
}
