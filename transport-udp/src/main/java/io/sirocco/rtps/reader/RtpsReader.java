package io.sirocco.rtps.reader;

import io.sirocco.dcps.core.Guid;
import io.sirocco.rtps.reader.RemoteWriter.Pending;
import io.sirocco.rtps.wire.MessageBuilder;
import io.sirocco.rtps.wire.Received;
import io.sirocco.rtps.wire.SequenceSet;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The RTPS side of one reader (user or built-in): per matched remote writer it delivers changes in
 * sequence order (reliable) or newest-first (best effort), reassembles fragmented samples, asks for
 * what is missing (ACKNACK, NACK_FRAG) when the writer heartbeats, honours GAPs, and watches the
 * writer's liveliness lease.
 *
 * <p>Called by the receive thread of its socket and by matching; the lock guards every remote
 * writer's state and is held while delivering into DCPS (DCPS never calls back into a path with a
 * reader lock held, so the order RTPS reader, then DCPS reader, is the only one).
 *
 * <p>Steady state (no loss) allocates nothing: an in-order change goes straight from the datagram
 * into the sink. Only changes that arrive ahead of a missing one are copied, up to
 * {@link ReaderContext#maxBufferedBytes()} per writer.
 */
public final class RtpsReader {
    private static final System.Logger LOG = System.getLogger(RtpsReader.class.getName());
    /** Samples being reassembled at once per writer; more means loss, the oldest (best effort) goes. */
    private static final int MAX_ASSEMBLIES = 16;
    /** How far ahead of the next expected change a GAP's range is recorded one by one. */
    private static final int MAX_GAP_MARKERS = 4096;
    /** What an early entry costs beyond its payload (map entry, boxed key, record): counted so that
     * payload-less changes and GAP markers cannot grow the buffer without bound. */
    private static final int ENTRY_OVERHEAD = 128;

    private final ReaderContext context;
    private final Guid guid;
    private final int entityId;
    private final boolean durable;
    private final ReentrantLock lock = new ReentrantLock();
    private final MessageBuilder control;
    private final SequenceSet set = new SequenceSet();
    private final SequenceSet fragments = new SequenceSet();
    private ByteBuffer controlView;
    private volatile RemoteWriter[] writers = new RemoteWriter[0];
    private ScheduledFuture<?> leaseTimer;
    private long leaseCheckNanos;
    private long duplicates;
    private long dropped;

    /**
     * @param durable whether the reader wants what the writer wrote before they matched
     *        (TRANSIENT_LOCAL or stronger); a volatile reader starts at the writer's next change
     */
    public RtpsReader(ReaderContext context, Guid guid, boolean durable) {
        this.context = context;
        this.guid = guid;
        this.entityId = guid.entityId();
        this.durable = durable;
        this.control = new MessageBuilder(context.participantGuid(), 1024);
    }

    public Guid guid() {
        return guid;
    }

    public int entityId() {
        return entityId;
    }

    // ------------------------------------------------------------------ matching

    /**
     * Adds a matched writer and returns its state, which the receive path hands back with each of
     * the writer's submessages. A reliable writer gets a first ACKNACK at once, so that it learns of
     * this reader without waiting for its next heartbeat.
     *
     * @param leaseNanos the writer's liveliness lease, {@link Long#MAX_VALUE} for infinite
     * @param livelinessKind {@link RemoteWriter#AUTOMATIC}, {@link RemoteWriter#MANUAL_BY_PARTICIPANT}
     *        or {@link RemoteWriter#MANUAL_BY_TOPIC}
     * @param writerFiltersHistory whether the writer itself keeps what was written before the match
     *        from a volatile reader (Sirocco and Cyclone DDS writers do): then the reader takes
     *        everything the writer offers, and no change written after the match is missed. Otherwise
     *        a volatile reader starts at the writer's latest change, as Cyclone DDS readers do with
     *        writers of other vendors.
     */
    public RemoteWriter addWriter(Guid writer, boolean reliable, ChangeSink sink, InetSocketAddress acknackTarget,
            long leaseNanos, int livelinessKind, boolean writerFiltersHistory) {
        lock.lock();
        try {
            RemoteWriter added = new RemoteWriter(this, writer, reliable, sink, acknackTarget, leaseNanos,
                    livelinessKind, writerFiltersHistory);
            List<RemoteWriter> list = new ArrayList<>(List.of(writers));
            list.removeIf(w -> {
                if (w.guid.equals(writer)) {
                    w.removed = true;
                    return true;
                }
                return false;
            });
            list.add(added);
            writers = list.toArray(new RemoteWriter[0]);
            if (leaseNanos != Long.MAX_VALUE) {
                armLeaseTimer(leaseNanos);
            }
            if (reliable) {
                sendAcknack(added, false);
            }
            return added;
        } finally {
            lock.unlock();
        }
    }

    /** Removes a writer (it went away or stopped matching); returns false when it was not matched. */
    public boolean removeWriter(Guid writer) {
        lock.lock();
        try {
            List<RemoteWriter> list = new ArrayList<>(List.of(writers));
            boolean removed = list.removeIf(w -> {
                if (w.guid.equals(writer)) {
                    w.removed = true;
                    return true;
                }
                return false;
            });
            writers = list.toArray(new RemoteWriter[0]);
            return removed;
        } finally {
            lock.unlock();
        }
    }

    public boolean hasWriters() {
        return writers.length > 0;
    }

    /** The matched writers' GUIDs. */
    public List<Guid> writers() {
        List<Guid> list = new ArrayList<>();
        for (RemoteWriter w : writers) {
            list.add(w.guid);
        }
        return list;
    }

    public void close() {
        lock.lock();
        try {
            for (RemoteWriter w : writers) {
                w.removed = true;
            }
            writers = new RemoteWriter[0];
            if (leaseTimer != null) {
                leaseTimer.cancel(false);
                leaseTimer = null;
            }
        } finally {
            lock.unlock();
        }
    }

    // ------------------------------------------------------------------ data

    /** A DATA submessage of the writer. */
    public void onData(RemoteWriter w, Received m) {
        lock.lock();
        try {
            if (w.removed) {
                return;
            }
            touch(w);
            accept(w, m.sequence, m.statusInfo, m.keyOnly, m.hasKeyHash ? m.keyHash : null,
                    m.timestampValid ? m.timestampNanos : Long.MIN_VALUE, m.buffer, m.payloadOffset, m.payloadLength);
        } finally {
            lock.unlock();
        }
    }

    /** A DATA_FRAG submessage of the writer. */
    public void onDataFragment(RemoteWriter w, Received m) {
        lock.lock();
        try {
            if (w.removed) {
                return;
            }
            touch(w);
            long sequence = m.sequence;
            if (w.reliable ? sequence < w.nextExpected || w.early.containsKey(sequence) : sequence <= w.lastDelivered) {
                duplicates++;
                return;
            }
            if (m.sampleSize > context.maxSampleSize()) {
                dropped++;
                LOG.log(System.Logger.Level.DEBUG, "dropped a {0}-byte sample of {1}: larger than maxSampleSize",
                        m.sampleSize, w.guid);
                return;
            }
            FragmentAssembly assembly = w.assemblies.get(sequence);
            if (assembly == null) {
                if (!makeRoomForAssembly(w, sequence, m.sampleSize)) {
                    dropped++; // sent again once the samples before it are complete
                    return;
                }
                assembly = w.spareAssembly != null ? w.spareAssembly : new FragmentAssembly();
                w.spareAssembly = null;
                assembly.reset(sequence, m.sampleSize, m.fragmentSize);
                w.assemblies.put(sequence, assembly);
                w.bufferedBytes += m.sampleSize;
            } else if (assembly.sampleSize != m.sampleSize || assembly.fragmentSize != m.fragmentSize) {
                dropped++;
                return;
            }
            if (m.hasKeyHash) {
                System.arraycopy(m.keyHash, 0, assembly.keyHash, 0, 16);
                assembly.hasKeyHash = true;
            }
            if (m.statusInfo != 0) {
                assembly.statusInfo = m.statusInfo;
            }
            assembly.keyOnly |= m.keyOnly;
            if (m.timestampValid) {
                assembly.timestampNanos = m.timestampNanos;
            }
            if (assembly.add(m.fragmentStart, m.fragmentsInSubmessage, m.buffer, m.payloadOffset, m.payloadLength)) {
                removeAssembly(w, sequence);
                accept(w, sequence, assembly.statusInfo, assembly.keyOnly, assembly.hasKeyHash ? assembly.keyHash : null,
                        assembly.timestampNanos, assembly.data, 0, assembly.sampleSize);
                w.spareAssembly = assembly;
            }
        } finally {
            lock.unlock();
        }
    }

    /**
     * Whether a new incomplete sample may start: at most {@value #MAX_ASSEMBLIES} at once, and their
     * full sizes count against the writer's buffer limit with the early changes. Best effort gives up
     * on the oldest to make room; reliable keeps the oldest (delivered first) and refuses the newer,
     * which will be sent again, except the next expected sample, which is always taken so that the
     * reader makes progress.
     */
    private boolean makeRoomForAssembly(RemoteWriter w, long sequence, int sampleSize) {
        long limit = context.maxBufferedBytes();
        if (!w.reliable) {
            while (!w.assemblies.isEmpty()
                    && (w.assemblies.size() >= MAX_ASSEMBLIES || w.bufferedBytes + sampleSize > limit)) {
                removeAssembly(w, w.assemblies.firstKey());
            }
            return true;
        }
        if (sequence == w.nextExpected) {
            if (w.assemblies.size() >= MAX_ASSEMBLIES) {
                removeAssembly(w, w.assemblies.lastKey());
            }
            return true;
        }
        return w.assemblies.size() < MAX_ASSEMBLIES && w.bufferedBytes + sampleSize <= limit;
    }

    private static void removeAssembly(RemoteWriter w, long sequence) {
        FragmentAssembly removed = w.assemblies.remove(sequence);
        if (removed != null) {
            w.bufferedBytes -= removed.sampleSize;
        }
    }

    /** What an early entry counts against the buffer limit. */
    private static long cost(Pending pending) {
        return pending == RemoteWriter.IRRELEVANT ? ENTRY_OVERHEAD : ENTRY_OVERHEAD + pending.payload.length;
    }

    /** A complete change: delivered now, kept for later (it is early), or ignored (duplicate). */
    private void accept(RemoteWriter w, long sequence, int statusInfo, boolean keyOnly, byte[] keyHash,
            long timestamp, byte[] buffer, int offset, int length) {
        if (!w.reliable) {
            if (sequence <= w.lastDelivered) {
                duplicates++;
                return;
            }
            if (w.lastDelivered > 0 && sequence > w.lastDelivered + 1) {
                w.sink.lost((int) Math.min(Integer.MAX_VALUE, sequence - w.lastDelivered - 1));
            }
            w.lastDelivered = sequence;
            w.sink.deliver(sequence, statusInfo, keyOnly, keyHash, timestamp, buffer, offset, length);
            dropAssembliesThrough(w, sequence);
            return;
        }
        if (sequence < w.nextExpected) {
            duplicates++;
            return;
        }
        if (sequence == w.nextExpected) {
            if (!w.sink.deliver(sequence, statusInfo, keyOnly, keyHash, timestamp, buffer, offset, length)) {
                return; // no room: not acknowledged, so the writer sends it again
            }
            w.nextExpected = sequence + 1;
            w.lastDelivered = sequence;
            drain(w);
            return;
        }
        if (w.early.containsKey(sequence)) {
            duplicates++;
            return;
        }
        if (w.bufferedBytes + ENTRY_OVERHEAD + length > context.maxBufferedBytes()) {
            dropped++; // asked for again once the hole before it is filled
            return;
        }
        Pending pending = new Pending();
        pending.statusInfo = statusInfo;
        pending.keyOnly = keyOnly;
        pending.keyHash = keyHash == null ? null : keyHash.clone();
        pending.timestampNanos = timestamp;
        pending.payload = new byte[length];
        System.arraycopy(buffer, offset, pending.payload, 0, length);
        w.early.put(sequence, pending);
        w.bufferedBytes += cost(pending);
    }

    /** Delivers what became deliverable: early changes that follow the next expected one. */
    private void drain(RemoteWriter w) {
        while (!w.early.isEmpty()) {
            Map.Entry<Long, Pending> first = w.early.firstEntry();
            long sequence = first.getKey();
            if (sequence > w.nextExpected) {
                break;
            }
            Pending pending = first.getValue();
            if (sequence == w.nextExpected && pending != RemoteWriter.IRRELEVANT
                    && !w.sink.deliver(sequence, pending.statusInfo, pending.keyOnly, pending.keyHash,
                            pending.timestampNanos, pending.payload, 0, pending.payload.length)) {
                return; // no room: it stays early
            }
            w.early.pollFirstEntry();
            w.bufferedBytes -= cost(pending);
            if (sequence == w.nextExpected) {
                w.nextExpected = sequence + 1;
                w.lastDelivered = sequence;
            }
        }
        dropAssembliesThrough(w, w.nextExpected - 1);
    }

    /**
     * Moves the next expected change up to {@code target}: early changes below it are delivered
     * ({@code deliver}) or discarded, and holes are reported lost ({@code countLost}).
     */
    private void skipTo(RemoteWriter w, long target, boolean deliver, boolean countLost) {
        long lost = 0;
        while (!w.early.isEmpty() && w.early.firstKey() < target) {
            Map.Entry<Long, Pending> first = w.early.pollFirstEntry();
            long sequence = first.getKey();
            Pending pending = first.getValue();
            if (sequence >= w.nextExpected) {
                lost += sequence - w.nextExpected;
                w.nextExpected = sequence + 1;
            }
            w.bufferedBytes -= cost(pending);
            if (pending != RemoteWriter.IRRELEVANT) {
                if (deliver) {
                    w.sink.deliver(sequence, pending.statusInfo, pending.keyOnly, pending.keyHash,
                            pending.timestampNanos, pending.payload, 0, pending.payload.length);
                    w.lastDelivered = sequence;
                }
            }
        }
        if (target > w.nextExpected) {
            lost += target - w.nextExpected;
            w.nextExpected = target;
        }
        if (countLost && lost > 0) {
            w.sink.lost((int) Math.min(Integer.MAX_VALUE, lost));
        }
        drain(w);
    }

    private void dropAssembliesThrough(RemoteWriter w, long sequence) {
        while (!w.assemblies.isEmpty() && w.assemblies.firstKey() <= sequence) {
            FragmentAssembly done = w.assemblies.pollFirstEntry().getValue();
            w.bufferedBytes -= done.sampleSize;
            w.spareAssembly = done;
        }
    }

    // ------------------------------------------------------------------ reliability

    /**
     * A HEARTBEAT: the writer has {@code first..last}; answer with what is missing. It renews the
     * lease of an AUTOMATIC writer, and of any writer when it carries the liveliness flag.
     */
    public void onHeartbeat(RemoteWriter w, long first, long last, int count, boolean isFinal, boolean liveliness) {
        lock.lock();
        try {
            if (w.removed) {
                return;
            }
            if (liveliness || w.livelinessKind == RemoteWriter.AUTOMATIC) {
                touch(w);
            }
            if (!w.reliable) {
                return;
            }
            if (count <= w.lastHeartbeatCount && w.lastHeartbeatCount != Integer.MIN_VALUE) {
                return;
            }
            w.lastHeartbeatCount = count;
            w.lastAvailable = Math.max(w.lastAvailable, last);
            if (!w.synced) {
                w.synced = true;
                long start = first;
                if (!durable && !w.writerFiltersHistory) {
                    // A volatile reader starts with the writer's next change (or the first one that
                    // already arrived live, ahead of this heartbeat).
                    start = last + 1;
                    if (!w.early.isEmpty()) {
                        start = Math.min(start, w.early.firstKey());
                    }
                }
                if (start > w.nextExpected) {
                    skipTo(w, start, false, false);
                }
            } else if (first > w.nextExpected) {
                skipTo(w, first, true, true); // the writer no longer has them
            }
            drain(w);
            boolean missing = w.nextExpected <= w.lastAvailable;
            if (!isFinal || missing) {
                sendAcknack(w, true);
            }
        } finally {
            lock.unlock();
        }
    }

    /** A HEARTBEAT_FRAG: the writer has fragments up to {@code lastFragment} of {@code sequence}. */
    public void onHeartbeatFragment(RemoteWriter w, long sequence, int lastFragment, int count) {
        lock.lock();
        try {
            if (w.removed) {
                return;
            }
            if (!w.reliable || sequence < w.nextExpected || w.early.containsKey(sequence)) {
                return;
            }
            if (count <= w.lastHeartbeatFragCount && w.lastHeartbeatFragCount != Integer.MIN_VALUE) {
                return;
            }
            w.lastHeartbeatFragCount = count;
            FragmentAssembly assembly = w.assemblies.get(sequence);
            if (requestFragments(w, sequence, assembly, lastFragment)) {
                flush(w);
            }
        } finally {
            lock.unlock();
        }
    }

    /** A GAP: the listed changes are irrelevant to this reader (filtered, or not kept for it). */
    public void onGap(RemoteWriter w, long gapStart, SequenceSet list) {
        lock.lock();
        try {
            if (w.removed) {
                return;
            }
            if (!w.reliable) {
                return;
            }
            long rangeEnd = list.base();
            if (gapStart <= w.nextExpected) {
                if (rangeEnd > w.nextExpected) {
                    skipTo(w, rangeEnd, false, false);
                }
            } else {
                long until = Math.min(rangeEnd, w.nextExpected + MAX_GAP_MARKERS);
                for (long s = gapStart; s < until; s++) {
                    markIrrelevant(w, s);
                }
            }
            for (int i = 0; i < list.numBits(); i++) {
                long s = list.base() + i;
                if (list.contains(s) && s >= w.nextExpected) {
                    markIrrelevant(w, s);
                }
            }
            drain(w);
        } finally {
            lock.unlock();
        }
    }

    /**
     * Records that the writer declared {@code sequence} irrelevant. Beyond the buffer limit the mark
     * is not kept: the reader asks for that change again later and the writer repeats the GAP.
     */
    private void markIrrelevant(RemoteWriter w, long sequence) {
        Pending previous = w.early.get(sequence);
        if (previous == RemoteWriter.IRRELEVANT) {
            return;
        }
        if (previous == null && w.bufferedBytes + ENTRY_OVERHEAD > context.maxBufferedBytes()) {
            return;
        }
        if (previous != null) {
            w.bufferedBytes -= cost(previous);
        }
        w.early.put(sequence, RemoteWriter.IRRELEVANT);
        w.bufferedBytes += ENTRY_OVERHEAD;
        removeAssembly(w, sequence);
    }

    /**
     * Sends an ACKNACK acknowledging everything before the next expected change and asking for the
     * missing ones the writer announced (fragmented ones partly here get a NACK_FRAG instead).
     */
    private void sendAcknack(RemoteWriter w, boolean fromHeartbeat) {
        control.begin();
        control.infoDestination(w.guid.participant());
        set.reset(w.nextExpected);
        long limit = Math.min(w.lastAvailable, w.nextExpected + SequenceSet.MAX_BITS - 1);
        for (long s = w.nextExpected; s <= limit; s++) {
            if (w.early.containsKey(s)) {
                continue;
            }
            FragmentAssembly assembly = w.assemblies.get(s);
            if (assembly != null) {
                requestFragments(w, s, assembly, assembly.fragmentCount);
                continue;
            }
            set.add(s);
        }
        control.acknack(entityId, w.guid.entityId(), set, ++w.acknackCount, fromHeartbeat && set.numBits() == 0);
        flush(w);
    }

    /** Appends a NACK_FRAG for the fragments of {@code sequence} still missing; false when none are. */
    private boolean requestFragments(RemoteWriter w, long sequence, FragmentAssembly assembly, int lastFragment) {
        int firstMissing = 1;
        if (assembly != null) {
            while (firstMissing <= lastFragment && firstMissing <= assembly.fragmentCount && assembly.has(firstMissing)) {
                firstMissing++;
            }
            if (firstMissing > Math.min(lastFragment, assembly.fragmentCount)) {
                return false;
            }
        }
        fragments.reset(firstMissing);
        int until = Math.min(lastFragment, firstMissing + SequenceSet.MAX_BITS - 1);
        if (assembly != null) {
            until = Math.min(until, assembly.fragmentCount);
        }
        for (int f = firstMissing; f <= until; f++) {
            if (assembly == null || !assembly.has(f)) {
                fragments.add(f);
            }
        }
        if (control.isEmpty()) {
            control.infoDestination(w.guid.participant());
        }
        if (control.size() + 80 > context.maxMessageSize()) {
            flush(w);
            control.infoDestination(w.guid.participant());
        }
        control.nackFragment(entityId, w.guid.entityId(), sequence, fragments, ++w.nackFragCount);
        return true;
    }

    private void flush(RemoteWriter w) {
        if (control.isEmpty()) {
            return;
        }
        if (controlView == null || controlView.array() != control.buffer()) {
            controlView = ByteBuffer.wrap(control.buffer());
        }
        controlView.clear().limit(control.size());
        context.send(controlView, w.acknackTarget);
        control.begin();
    }

    // ------------------------------------------------------------------ liveliness

    private void touch(RemoteWriter w) {
        if (w.leaseNanos != Long.MAX_VALUE) {
            w.lastActivity = System.nanoTime();
            if (!w.alive) {
                w.alive = true;
                w.sink.livelinessChanged(true);
            }
        }
    }

    /** A HEARTBEAT with the liveliness flag, or any sign of life meant for this writer alone. */
    public void assertLiveliness(RemoteWriter w) {
        lock.lock();
        try {
            if (!w.removed) {
                touch(w);
            }
        } finally {
            lock.unlock();
        }
    }

    /**
     * The participant with this GUID prefix asserted its liveliness: SPDP or an automatic participant
     * message ({@code manual} false) renews its AUTOMATIC writers, a manual one ({@code manual} true)
     * its MANUAL_BY_PARTICIPANT writers as well.
     */
    public void assertParticipant(Guid participant, boolean manual) {
        RemoteWriter[] current = writers;
        for (RemoteWriter w : current) {
            if (w.leaseNanos != Long.MAX_VALUE && w.guid.samePrefix(participant)
                    && (w.livelinessKind == RemoteWriter.AUTOMATIC
                            || manual && w.livelinessKind == RemoteWriter.MANUAL_BY_PARTICIPANT)) {
                assertLiveliness(w);
            }
        }
    }

    private void armLeaseTimer(long leaseNanos) {
        long period = Math.max(TimeUnit.MILLISECONDS.toNanos(5), leaseNanos / 4);
        if (leaseTimer != null && period >= leaseCheckNanos) {
            return;
        }
        if (leaseTimer != null) {
            leaseTimer.cancel(false);
        }
        leaseCheckNanos = period;
        leaseTimer = context.eventLoop().scheduleAtFixedRate(this::checkLeases, period, period, TimeUnit.NANOSECONDS);
    }

    /** Declares writers whose lease ran out not alive. */
    void checkLeases() {
        lock.lock();
        try {
            long now = System.nanoTime();
            for (RemoteWriter w : writers) {
                if (w.alive && w.leaseNanos != Long.MAX_VALUE && now - w.lastActivity > w.leaseNanos) {
                    w.alive = false;
                    w.sink.livelinessChanged(false);
                }
            }
        } finally {
            lock.unlock();
        }
    }

    /** Duplicates ignored and changes dropped (no room, oversized), for diagnosis. */
    public long duplicates() {
        return duplicates;
    }

    public long dropped() {
        return dropped;
    }

    @Override
    public String toString() {
        return "RtpsReader[" + guid + ", " + writers.length + " writers]";
    }
}
