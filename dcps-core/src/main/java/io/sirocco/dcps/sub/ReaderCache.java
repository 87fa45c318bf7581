package io.sirocco.dcps.sub;

import io.sirocco.dcps.core.Handles;
import io.sirocco.dcps.spi.ChangeKind;
import io.sirocco.dcps.spi.DeliveryResult;
import io.sirocco.dcps.type.TypeCodec;
import io.sirocco.dcps.util.KeyedIndex;
import io.sirocco.dcps.util.LongMap;
import java.util.ArrayDeque;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Predicate;
import org.omg.dds.core.ServiceEnvironment;
import org.omg.dds.core.status.SampleRejectedStatus;
import org.omg.dds.sub.InstanceState;
import org.omg.dds.sub.SampleState;
import org.omg.dds.sub.ViewState;

/**
 * A data reader's history: its instances and the samples they hold, with every rule the DCPS
 * specification puts between a delivered change and what read/take return — content filter,
 * exclusive ownership, destination order, time-based filter, lifespan, history depth and resource
 * limits, instance life cycle (disposed, no writers, generation counts, view state) and loans.
 *
 * <p>Samples live in pooled {@link SampleSlot}s linked into two intrusive lists (arrival order and
 * per instance), so the steady state neither allocates nor copies more than once per sample.
 * Every method expects {@link #lock} to be held unless it says otherwise.
 */
final class ReaderCache<T> {
    /** Where the cache reports status-worthy events; called with the lock held. */
    interface Events {
        void dataArrived();

        void sampleRejected(SampleRejectedStatus.Kind reason, long instanceHandle);

        void sampleLost(int count);

        /** A stored sample's lifespan ends at {@code expiryNanoTime}. */
        void expiryScheduled(long expiryNanoTime);

        /** An instance stopped being alive at {@code sinceNanoTime} (auto-purge may apply). */
        void instanceNotAlive(long sinceNanoTime);
    }

    final ReentrantLock lock = new ReentrantLock();
    private final Condition spaceFreed = lock.newCondition();
    private final ServiceEnvironment environment;
    final TypeCodec<T> codec;
    private final Events events;
    private final KeyedIndex<T, ReaderInstance<T>> index;
    private final LongMap<ReaderInstance<T>> byHandle = new LongMap<>();
    private final ArrayDeque<SampleSlot<T>> freeSlots = new ArrayDeque<>();
    private ReaderInstance<T> firstInstance;
    private ReaderInstance<T> lastInstance;
    private SampleSlot<T> head;
    private SampleSlot<T> tail;
    private int sampleCount;
    private int spaceWaiters;
    private int rankEpoch;
    /** Cached samples with a finite lifespan: when there are none, read/take need not read the clock. */
    private int expiringSamples;
    private boolean closed;
    int outstandingLoans;

    private CacheLimits limits;
    private Predicate<T> contentFilter;
    /** Chooses the handle of a new instance from its key; {@code null} means a fresh handle. */
    private java.util.function.ToLongFunction<T> instanceHandles;

    ReaderCache(ServiceEnvironment environment, TypeCodec<T> codec, CacheLimits limits, Events events) {
        this.environment = environment;
        this.codec = codec;
        this.limits = limits;
        this.events = events;
        this.index = new KeyedIndex<>(codec);
    }

    void setLimits(CacheLimits newLimits) {
        this.limits = newLimits;
    }

    CacheLimits limits() {
        return limits;
    }

    /** The content filter of a content-filtered topic, or {@code null}. */
    void setContentFilter(Predicate<T> filter) {
        this.contentFilter = filter;
    }

    /**
     * Built-in readers: the handle of an instance is the handle of the entity its key names, so
     * that it can be passed to ignoreXxx and compared with getMatchedXxx (DCPS 2.2.5).
     */
    void setInstanceHandles(java.util.function.ToLongFunction<T> handles) {
        this.instanceHandles = handles;
    }

    void close() {
        closed = true;
        spaceFreed.signalAll();
    }

    boolean isClosed() {
        return closed;
    }

    int sampleCount() {
        return sampleCount;
    }

    int instanceCount() {
        return index.size();
    }

    // ------------------------------------------------------------------ delivery

    /**
     * Whether {@code sequenceNumber} from {@code writer} is new; false when already seen. A gap in
     * the numbers is not a loss by itself (the writer may have filtered changes out for this reader,
     * or declared them irrelevant): paths report real losses through {@code MatchedWriter.lost}.
     */
    boolean acceptSequence(WriterProxy<T> writer, long sequenceNumber) {
        return sequenceNumber > writer.lastSequence;
    }

    /** A free slot for decoding a serialized change into before {@link #store}. */
    SampleSlot<T> freeSlot() {
        SampleSlot<T> slot = freeSlots.pollLast();
        return slot != null ? slot : new SampleSlot<>(environment, codec, false);
    }

    /** Returns an unused slot from {@link #freeSlot()}. */
    void recycle(SampleSlot<T> slot) {
        if (slot != null && !slot.detached && !slot.inCache && slot.loans == 0) {
            slot.instance = null;
            freeSlots.addLast(slot);
        }
    }

    /**
     * Stores a change. {@code source} is the writer's sample (copied), or {@code null} when
     * {@code prefilled} already holds the decoded sample or key; the cache then owns that slot.
     */
    DeliveryResult store(WriterProxy<T> writer, ChangeKind kind, long sourceTimestamp, long expiryNanoTime,
            T source, SampleSlot<T> prefilled, long now) {
        T keySource = prefilled != null ? prefilled.data : source;
        boolean alive = kind == ChangeKind.ALIVE;
        if (alive && contentFilter != null && !contentFilter.test(keySource)) {
            recycle(prefilled);
            return DeliveryResult.ACCEPTED;
        }
        ReaderInstance<T> instance = index.find(keySource);
        if (instance == null) {
            if (!alive) {
                recycle(prefilled);
                return DeliveryResult.ACCEPTED;
            }
            if (index.size() >= limits.maxInstances() && !purgeOneEmptyInstance()) {
                recycle(prefilled);
                events.sampleRejected(SampleRejectedStatus.Kind.REJECTED_BY_INSTANCES_LIMIT, Handles.NIL);
                return DeliveryResult.REJECTED;
            }
            instance = createInstance(keySource);
        }
        if (limits.exclusiveOwnership() && !ownedBy(instance, writer)) {
            // A weaker writer's changes are not shown, but it still writes the instance: it keeps
            // the instance alive when the owner unregisters (DCPS 2.2.3.9.2).
            if (alive) {
                instance.addWriter(writer.handle);
            } else if (kind.unregisters()) {
                instance.removeWriter(writer.handle);
            }
            recycle(prefilled);
            return DeliveryResult.ACCEPTED;
        }
        return alive ? storeData(writer, instance, sourceTimestamp, expiryNanoTime, source, prefilled, now)
                : storeStateChange(writer, instance, kind, sourceTimestamp, keySource, prefilled, now);
    }

    private DeliveryResult storeData(WriterProxy<T> writer, ReaderInstance<T> instance, long sourceTimestamp,
            long expiryNanoTime, T source, SampleSlot<T> prefilled, long now) {
        CacheLimits l = limits;
        if ((l.bySourceTimestamp() && sourceTimestamp < instance.lastSourceTimestamp)
                || (l.minimumSeparationNanos() > 0 && instance.lastAcceptedNanoTime != Long.MIN_VALUE
                        && now - instance.lastAcceptedNanoTime < l.minimumSeparationNanos())
                || expiryNanoTime <= now) {
            recycle(prefilled);
            return DeliveryResult.ACCEPTED;
        }
        if (!l.keepAll()) {
            // A loop, not one eviction: invalid samples (dispose, no writers) are stored beyond the
            // depth, and a new value of a reborn instance must push them out too.
            while (instance.sampleCount >= l.depth()) {
                evictOldest(instance);
            }
            if (sampleCount >= l.maxSamples()) {
                if (instance.sampleCount > 0) {
                    evictOldest(instance);
                } else {
                    return reject(SampleRejectedStatus.Kind.REJECTED_BY_SAMPLES_LIMIT, instance, prefilled);
                }
            }
        } else if (instance.sampleCount >= l.maxSamplesPerInstance()) {
            return reject(SampleRejectedStatus.Kind.REJECTED_BY_SAMPLES_PER_INSTANCE_LIMIT, instance, prefilled);
        } else if (sampleCount >= l.maxSamples()) {
            return reject(SampleRejectedStatus.Kind.REJECTED_BY_SAMPLES_LIMIT, instance, prefilled);
        }
        SampleSlot<T> slot = prefilled != null ? prefilled : freeSlot();
        if (prefilled == null) {
            codec.copy(source, slot.data);
        }
        if (instance.state != ReaderInstance.ALIVE) {
            if (instance.state == ReaderInstance.DISPOSED) {
                instance.disposedGeneration++;
            } else {
                instance.noWritersGeneration++;
            }
            instance.state = ReaderInstance.ALIVE;
            instance.viewNew = true;
        }
        instance.addWriter(writer.handle);
        slot.valid = true;
        fill(slot, instance, writer.handle, sourceTimestamp, expiryNanoTime);
        append(instance, slot);
        if (sourceTimestamp > instance.lastSourceTimestamp) {
            instance.lastSourceTimestamp = sourceTimestamp;
        }
        instance.lastAcceptedNanoTime = now;
        instance.lastArrivalNanoTime = now;
        instance.deadlineMissedUpTo = 0;
        if (expiryNanoTime != Long.MAX_VALUE) {
            events.expiryScheduled(expiryNanoTime);
        }
        events.dataArrived();
        return DeliveryResult.ACCEPTED;
    }

    private DeliveryResult reject(SampleRejectedStatus.Kind reason, ReaderInstance<T> instance, SampleSlot<T> prefilled) {
        recycle(prefilled);
        events.sampleRejected(reason, instance.handle);
        if (instance.sampleCount == 0 && instance.writerCount == 0 && instance.state == ReaderInstance.ALIVE) {
            removeInstance(instance);
        }
        return DeliveryResult.REJECTED;
    }

    private DeliveryResult storeStateChange(WriterProxy<T> writer, ReaderInstance<T> instance, ChangeKind kind,
            long sourceTimestamp, T keySource, SampleSlot<T> prefilled, long now) {
        if (limits.bySourceTimestamp() && sourceTimestamp < instance.lastSourceTimestamp) {
            recycle(prefilled);
            return DeliveryResult.ACCEPTED;
        }
        if (kind.unregisters()) {
            instance.removeWriter(writer.handle);
            if (instance.owner == writer.handle) {
                instance.owner = Handles.NIL;
            }
        }
        int newState = instance.state;
        if (kind.disposes() && instance.state == ReaderInstance.ALIVE) {
            newState = ReaderInstance.DISPOSED;
        } else if (kind.unregisters() && instance.writerCount == 0 && instance.state == ReaderInstance.ALIVE) {
            newState = ReaderInstance.NO_WRITERS;
        }
        if (newState != instance.state) {
            changeState(instance, newState, writer.handle, sourceTimestamp, keySource, prefilled, now);
        } else {
            recycle(prefilled);
            purgeIfDead(instance);
        }
        return DeliveryResult.ACCEPTED;
    }

    /**
     * Moves an alive instance to a not-alive state and makes it visible with an invalid sample when
     * no unread sample would show it.
     */
    private void changeState(ReaderInstance<T> instance, int newState, long writerHandle, long sourceTimestamp,
            T keySource, SampleSlot<T> prefilled, long now) {
        instance.state = newState;
        instance.notAliveSinceNanoTime = now;
        events.instanceNotAlive(now);
        if (instance.hasUnreadSample()) {
            recycle(prefilled);
        } else {
            SampleSlot<T> slot = prefilled != null ? prefilled : freeSlot();
            codec.copyKey(keySource == null ? instance.key : keySource, slot.data);
            slot.valid = false;
            fill(slot, instance, writerHandle, sourceTimestamp, Long.MAX_VALUE);
            append(instance, slot);
        }
        events.dataArrived();
    }

    private void fill(SampleSlot<T> slot, ReaderInstance<T> instance, long writerHandle, long sourceTimestamp,
            long expiryNanoTime) {
        slot.instance = instance;
        slot.read = false;
        slot.sourceTimestamp.setNanos(sourceTimestamp);
        slot.instanceHandle.setValue(instance.handle);
        slot.publicationHandle.setValue(writerHandle);
        slot.disposedGeneration = instance.disposedGeneration;
        slot.noWritersGeneration = instance.noWritersGeneration;
        slot.expiryNanoTime = expiryNanoTime;
    }

    /** Exclusive ownership: whether {@code writer} owns the instance, taking it over if stronger. */
    private boolean ownedBy(ReaderInstance<T> instance, WriterProxy<T> writer) {
        if (instance.owner == writer.handle) {
            instance.ownerStrength = writer.strength;
            return true;
        }
        if (instance.owner == Handles.NIL || writer.strength > instance.ownerStrength
                || (writer.strength == instance.ownerStrength && instance.ownerGuid != null
                        && writer.guid.compareTo(instance.ownerGuid) < 0)) {
            instance.owner = writer.handle;
            instance.ownerStrength = writer.strength;
            instance.ownerGuid = writer.guid;
            return true;
        }
        return false;
    }

    private ReaderInstance<T> createInstance(T keySource) {
        T key = codec.newSample(environment);
        codec.copyKey(keySource, key);
        ReaderInstance<T> instance = new ReaderInstance<>(
                instanceHandles == null ? Handles.next() : instanceHandles.applyAsLong(key), key);
        index.add(instance);
        byHandle.put(instance.handle, instance);
        instance.previous = lastInstance;
        if (lastInstance == null) {
            firstInstance = instance;
        } else {
            lastInstance.next = instance;
        }
        lastInstance = instance;
        return instance;
    }

    private void removeInstance(ReaderInstance<T> instance) {
        index.remove(instance);
        byHandle.remove(instance.handle);
        if (instance.previous == null) {
            firstInstance = instance.next;
        } else {
            instance.previous.next = instance.next;
        }
        if (instance.next == null) {
            lastInstance = instance.previous;
        } else {
            instance.next.previous = instance.previous;
        }
        instance.previous = null;
        instance.next = null;
    }

    /** Removes an instance nobody can observe any more: not alive, no samples, no writers. */
    private void purgeIfDead(ReaderInstance<T> instance) {
        if (instance.state != ReaderInstance.ALIVE && instance.sampleCount == 0 && instance.writerCount == 0) {
            removeInstance(instance);
        }
    }

    private boolean purgeOneEmptyInstance() {
        for (ReaderInstance<T> i = firstInstance; i != null; i = i.next) {
            if (i.sampleCount == 0 && (i.state != ReaderInstance.ALIVE || i.writerCount == 0)) {
                removeInstance(i);
                return true;
            }
        }
        return false;
    }

    private void append(ReaderInstance<T> instance, SampleSlot<T> slot) {
        slot.inCache = true;
        slot.previous = tail;
        slot.next = null;
        if (tail == null) {
            head = slot;
        } else {
            tail.next = slot;
        }
        tail = slot;
        slot.previousInInstance = instance.lastSample;
        slot.nextInInstance = null;
        if (instance.lastSample == null) {
            instance.firstSample = slot;
        } else {
            instance.lastSample.nextInInstance = slot;
        }
        instance.lastSample = slot;
        instance.sampleCount++;
        sampleCount++;
        if (slot.expiryNanoTime != Long.MAX_VALUE) {
            expiringSamples++;
        }
    }

    /** Whether a cached sample has a finite lifespan (read/take must then check the clock). */
    boolean hasExpiringSamples() {
        return expiringSamples > 0;
    }

    /** Takes {@code slot} out of the cache; it returns to the pool unless it is loaned. */
    private void unlink(SampleSlot<T> slot) {
        ReaderInstance<T> instance = slot.instance;
        if (slot.previous == null) {
            head = slot.next;
        } else {
            slot.previous.next = slot.next;
        }
        if (slot.next == null) {
            tail = slot.previous;
        } else {
            slot.next.previous = slot.previous;
        }
        if (slot.previousInInstance == null) {
            instance.firstSample = slot.nextInInstance;
        } else {
            slot.previousInInstance.nextInInstance = slot.nextInInstance;
        }
        if (slot.nextInInstance == null) {
            instance.lastSample = slot.previousInInstance;
        } else {
            slot.nextInInstance.previousInInstance = slot.previousInInstance;
        }
        slot.previous = null;
        slot.next = null;
        slot.previousInInstance = null;
        slot.nextInInstance = null;
        slot.inCache = false;
        instance.sampleCount--;
        sampleCount--;
        if (slot.expiryNanoTime != Long.MAX_VALUE) {
            expiringSamples--;
        }
        if (slot.loans == 0) {
            recycle(slot);
        }
        if (spaceWaiters > 0) {
            spaceFreed.signalAll();
        }
    }

    private void evictOldest(ReaderInstance<T> instance) {
        SampleSlot<T> oldest = instance.firstSample;
        if (oldest != null) {
            unlink(oldest);
        }
    }

    // ------------------------------------------------------------------ writers

    /** A writer stopped (unmatched, lost liveliness): its instances may have no writers left. */
    void writerGone(WriterProxy<T> writer, long now) {
        for (ReaderInstance<T> instance = firstInstance; instance != null; ) {
            ReaderInstance<T> following = instance.next;
            boolean had = instance.removeWriter(writer.handle);
            if (instance.owner == writer.handle) {
                instance.owner = Handles.NIL;
            }
            if (had && instance.writerCount == 0 && instance.state == ReaderInstance.ALIVE) {
                changeState(instance, ReaderInstance.NO_WRITERS, writer.handle, instance.lastSourceTimestamp,
                        null, null, now);
            } else if (had) {
                purgeIfDead(instance);
            }
            instance = following;
        }
    }

    /** A writer's ownership strength changed: the instances it owns now hold it with that strength. */
    void ownerStrengthChanged(WriterProxy<T> writer) {
        for (ReaderInstance<T> instance = firstInstance; instance != null; instance = instance.next) {
            if (instance.owner == writer.handle) {
                instance.ownerStrength = writer.strength;
            }
        }
    }

    /** Blocks until a sample leaves the cache or the deadline passes; false on timeout or close. */
    boolean awaitSpace(long deadlineNanoTime) {
        lock.lock();
        try {
            if (closed) {
                return false;
            }
            long left = deadlineNanoTime - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            spaceWaiters++;
            try {
                spaceFreed.await(left, TimeUnit.NANOSECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            } finally {
                spaceWaiters--;
            }
            return !closed;
        } finally {
            lock.unlock();
        }
    }

    // ------------------------------------------------------------------ read and take

    private boolean matches(SampleSlot<T> slot, int sampleMask, int viewMask, int instanceMask, Predicate<Object> query) {
        ReaderInstance<T> instance = slot.instance;
        int sampleBit = slot.read ? SampleState.READ.value : SampleState.NOT_READ.value;
        int viewBit = instance.viewNew ? ViewState.NEW.value : ViewState.NOT_NEW.value;
        return (sampleMask & sampleBit) != 0 && (viewMask & viewBit) != 0 && (instanceMask & instance.state) != 0
                && (query == null || (slot.valid && query.test(slot.data)));
    }

    /**
     * Collects up to {@code max} matching samples into {@code out} (growing it as needed), from
     * {@code only} or from every instance, and returns them read or taken. Returns the count; the
     * collected slots carry one loan each, released by {@link #returnLoans}.
     */
    int collect(SlotBuffer<T> out, int max, int sampleMask, int viewMask, int instanceMask, Predicate<Object> query,
            ReaderInstance<T> only, boolean take, long now) {
        int count = 0;
        SampleSlot<T> slot = only != null ? only.firstSample : head;
        while (slot != null && count < max) {
            SampleSlot<T> following = only != null ? slot.nextInInstance : slot.next;
            if (slot.expiryNanoTime <= now) {
                ReaderInstance<T> instance = slot.instance;
                unlink(slot);
                purgeIfDead(instance);
            } else if (matches(slot, sampleMask, viewMask, instanceMask, query)) {
                out.add(count++, slot);
            }
            slot = following;
        }
        if (count > 0) {
            snapshot(out, count, take);
            outstandingLoans++;
        }
        return count;
    }

    /** The first instance after {@code previousHandle} (in handle order) with a matching sample. */
    ReaderInstance<T> nextInstanceWithSamples(long previousHandle, int sampleMask, int viewMask, int instanceMask,
            Predicate<Object> query, long now) {
        for (ReaderInstance<T> instance = firstInstance; instance != null; instance = instance.next) {
            if (instance.handle <= previousHandle) {
                continue;
            }
            for (SampleSlot<T> s = instance.firstSample; s != null; s = s.nextInInstance) {
                if (s.expiryNanoTime > now && matches(s, sampleMask, viewMask, instanceMask, query)) {
                    return instance;
                }
            }
        }
        return null;
    }

    /** Whether any sample matches: the trigger value of read and query conditions. */
    boolean anyMatching(int sampleMask, int viewMask, int instanceMask, Predicate<Object> query) {
        for (SampleSlot<T> s = head; s != null; s = s.next) {
            if (matches(s, sampleMask, viewMask, instanceMask, query)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Computes ranks and state snapshots of the collected samples, then marks them read (and the
     * instances not new), or takes them out of the cache.
     */
    private void snapshot(SlotBuffer<T> out, int count, boolean take) {
        int epoch = ++rankEpoch;
        for (int i = count - 1; i >= 0; i--) {
            SampleSlot<T> s = out.get(i);
            ReaderInstance<T> instance = s.instance;
            int generations = s.disposedGeneration + s.noWritersGeneration;
            if (instance.rankEpoch != epoch) {
                instance.rankEpoch = epoch;
                instance.rankCount = 0;
                instance.mostRecentGenerationSum = generations;
            }
            s.sampleRank = instance.rankCount++;
            s.generationRank = instance.mostRecentGenerationSum - generations;
            s.absoluteGenerationRank = instance.generationSum() - generations;
            s.sampleState = s.read ? SampleState.READ : SampleState.NOT_READ;
            s.viewState = instance.viewNew ? ViewState.NEW : ViewState.NOT_NEW;
            s.instanceState = instanceState(instance.state);
        }
        for (int i = 0; i < count; i++) {
            SampleSlot<T> s = out.get(i);
            ReaderInstance<T> instance = s.instance;
            instance.viewNew = false;
            s.read = true;
            s.loans++;
            if (take) {
                unlink(s);
                purgeIfDead(instance);
            }
        }
    }

    private static InstanceState instanceState(int state) {
        return state == ReaderInstance.ALIVE ? InstanceState.ALIVE
                : state == ReaderInstance.DISPOSED ? InstanceState.NOT_ALIVE_DISPOSED : InstanceState.NOT_ALIVE_NO_WRITERS;
    }

    /** Releases the loans of one read/take. */
    void returnLoans(SlotBuffer<T> slots, int count) {
        for (int i = 0; i < count; i++) {
            SampleSlot<T> s = slots.get(i);
            s.loans--;
            if (!s.inCache && s.loans == 0) {
                recycle(s);
            }
            slots.clear(i);
        }
        outstandingLoans--;
    }

    // ------------------------------------------------------------------ instances

    ReaderInstance<T> instance(long handle) {
        return handle == Handles.NIL ? null : byHandle.get(handle);
    }

    ReaderInstance<T> lookup(T keyHolder) {
        return index.find(keyHolder);
    }

    ReaderInstance<T> firstInstance() {
        return firstInstance;
    }

    /** Requested-deadline check: calls {@code missed} for instances silent for a whole period. */
    long checkDeadlines(long periodNanos, long now, java.util.function.LongConsumer missed) {
        long nextDue = Long.MAX_VALUE;
        for (ReaderInstance<T> instance = firstInstance; instance != null; instance = instance.next) {
            if (instance.state != ReaderInstance.ALIVE) {
                continue;
            }
            long base = Math.max(instance.lastArrivalNanoTime, instance.deadlineMissedUpTo);
            long due = base + periodNanos;
            if (due - now <= 0) {
                instance.deadlineMissedUpTo = now;
                if (limits.exclusiveOwnership()) {
                    instance.owner = Handles.NIL;
                }
                missed.accept(instance.handle);
                due = now + periodNanos;
            }
            nextDue = Math.min(nextDue, due);
        }
        return nextDue;
    }

    /** Auto-purge: drops samples of instances not alive for longer than the delays; returns next due. */
    long purgeNotAlive(long noWritersDelayNanos, long disposedDelayNanos, long now) {
        long nextDue = Long.MAX_VALUE;
        for (ReaderInstance<T> instance = firstInstance; instance != null; ) {
            ReaderInstance<T> following = instance.next;
            if (instance.state != ReaderInstance.ALIVE) {
                long delay = instance.state == ReaderInstance.DISPOSED ? disposedDelayNanos : noWritersDelayNanos;
                if (delay != Long.MAX_VALUE) {
                    long due = instance.notAliveSinceNanoTime + delay;
                    if (due - now <= 0) {
                        while (instance.firstSample != null) {
                            unlink(instance.firstSample);
                        }
                        if (instance.state == ReaderInstance.DISPOSED || instance.writerCount == 0) {
                            removeInstance(instance);
                        }
                    } else {
                        nextDue = Math.min(nextDue, due);
                    }
                }
            }
            instance = following;
        }
        return nextDue;
    }

    /** Drops every sample whose lifespan ended; returns when the next one ends. */
    long expireSamples(long now) {
        long nextDue = Long.MAX_VALUE;
        for (SampleSlot<T> s = head; s != null; ) {
            SampleSlot<T> following = s.next;
            if (s.expiryNanoTime <= now) {
                ReaderInstance<T> instance = s.instance;
                unlink(s);
                purgeIfDead(instance);
            } else if (s.expiryNanoTime != Long.MAX_VALUE) {
                nextDue = Math.min(nextDue, s.expiryNanoTime);
            }
            s = following;
        }
        return nextDue;
    }
}
