package io.sirocco.dcps.pub;

import io.sirocco.dcps.builtin.SubscriptionBuiltinData;
import io.sirocco.dcps.core.EntityIds;
import io.sirocco.dcps.core.Guid;
import io.sirocco.dcps.core.GuidHandles;
import io.sirocco.dcps.core.Handles;
import io.sirocco.dcps.core.LongInstanceHandle;
import io.sirocco.dcps.core.NanoDuration;
import io.sirocco.dcps.core.NanoTime;
import io.sirocco.dcps.core.SiroccoServiceEnvironment;
import io.sirocco.dcps.entity.DeferredNotifications;
import io.sirocco.dcps.entity.EntityBase;
import io.sirocco.dcps.entity.StatusKind;
import io.sirocco.dcps.error.PreconditionFailedException;
import io.sirocco.dcps.error.ResourceLimitException;
import io.sirocco.dcps.qos.QosMatching;
import io.sirocco.dcps.qos.QosRules;
import io.sirocco.dcps.qos.xml.EntityProfiles;
import io.sirocco.dcps.spi.ChangeKind;
import io.sirocco.dcps.spi.DataPath;
import io.sirocco.dcps.spi.FlowControlTimeoutException;
import io.sirocco.dcps.spi.LocalWriter;
import io.sirocco.dcps.spi.MatchedReader;
import io.sirocco.dcps.spi.ReaderDescription;
import io.sirocco.dcps.spi.WriterChange;
import io.sirocco.dcps.spi.WriterDescription;
import io.sirocco.dcps.type.DefaultRepresentations;
import io.sirocco.dcps.timer.Timer;
import io.sirocco.dcps.topic.SiroccoTopic;
import io.sirocco.dcps.type.TypeCodec;
import io.sirocco.dcps.util.KeyedIndex;
import io.sirocco.dcps.util.LongMap;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import org.omg.dds.core.Duration;
import org.omg.dds.core.InstanceHandle;
import org.omg.dds.core.ModifiableInstanceHandle;
import org.omg.dds.core.StatusCondition;
import org.omg.dds.core.Time;
import org.omg.dds.core.policy.Durability;
import org.omg.dds.core.policy.History;
import org.omg.dds.core.policy.Liveliness;
import org.omg.dds.core.policy.QosPolicy;
import org.omg.dds.core.policy.ResourceLimits;
import org.omg.dds.core.status.LivelinessLostStatus;
import org.omg.dds.core.status.OfferedDeadlineMissedStatus;
import org.omg.dds.core.status.OfferedIncompatibleQosStatus;
import org.omg.dds.core.status.PublicationMatchedStatus;
import org.omg.dds.pub.DataWriter;
import org.omg.dds.pub.DataWriterListener;
import org.omg.dds.pub.DataWriterQos;
import org.omg.dds.pub.Publisher;
import org.omg.dds.topic.SubscriptionBuiltinTopicData;
import org.omg.dds.topic.Topic;

/**
 * Sirocco's data writer: registers instances, keeps its history, and hands every change to the
 * paths that carry it, under its lock and in sequence order. Listener calls triggered while
 * writing run after the lock is released. Long because the PSM's DataWriter interface is.
 */
public final class SiroccoDataWriter<T> extends EntityBase<DataWriterListener<T>, DataWriterQos>
        implements DataWriter<T>, LocalWriter<T>, io.sirocco.dds.qos.CarriedBy {
    private final SiroccoPublisher publisher;
    private final SiroccoTopic<T> topic;
    private final TypeCodec<T> codec;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition acknowledgements = lock.newCondition();
    private final WriterHistory<T> history;
    private final KeyedIndex<T, WriterInstance<T>> instances;
    private final LongMap<WriterInstance<T>> byHandle = new LongMap<>();
    private final ConcurrentHashMap<Guid, ReaderProxy> readers = new ConcurrentHashMap<>();
    private final List<DataPath> paths = new CopyOnWriteArrayList<>();
    /** Snapshots for the write path, which must not allocate iterators. */
    private volatile DataPath[] pathArray = new DataPath[0];
    private volatile ReaderProxy[] readerArray = new ReaderProxy[0];
    private final ArrayList<HistoryNode<T>> pending = new ArrayList<>();
    private final WriterStatuses statuses;
    private final WriterListeners<T> listeners;
    private final Timer livelinessTimer;
    private final Timer deadlineTimer;
    private final Timer lifespanTimer;
    private WriterInstance<T> firstInstance;
    private WriterInstance<T> lastInstance;
    private long sequence;
    private volatile int acknowledgementWaiters;
    private volatile long lastAssertion;
    private boolean alive = true;
    private volatile WriterDescription description;
    private volatile WriterConfig config;

    SiroccoDataWriter(SiroccoServiceEnvironment environment, SiroccoPublisher publisher, SiroccoTopic<T> topic,
            DataWriterQos qos, DataWriterListener<T> listener, int mask) {
        super(environment, Handles.next(), publisher.participant().newEntityGuid(topic.codec().isKeyed()
                ? EntityIds.KIND_WRITER_WITH_KEY : EntityIds.KIND_WRITER_NO_KEY), qos, listener, mask);
        this.publisher = publisher;
        this.topic = topic;
        this.codec = topic.codec();
        this.history = new WriterHistory<>(codec, environment, this::changeRemoved, this::changesRemovedThrough);
        this.instances = new KeyedIndex<>(codec);
        this.statuses = new WriterStatuses(environment);
        this.listeners = new WriterListeners<>(this, publisher, statuses);
        this.livelinessTimer = environment.scheduler().newTimer("liveliness " + this, this::checkLiveliness);
        this.deadlineTimer = environment.scheduler().newTimer("deadline " + this, this::checkDeadline);
        this.lifespanTimer = environment.scheduler().newTimer("lifespan " + this, this::expireHistory);
        this.description = describeSelf(qos);
        this.config = WriterConfig.of(qos);
        this.lastAssertion = System.nanoTime();
        GuidHandles.register(guid, handle);
    }

    @Override
    protected String describe() {
        return "DataWriter of topic \"" + topic.getName() + "\"";
    }

    /** What matching and discovery see: the QoS with the data representation actually written. */
    private WriterDescription describeSelf(DataWriterQos qos) {
        DataWriterQos effective = qos.withPolicy(DefaultRepresentations.forWriter(qos.getRepresentation(), codec));
        return new WriterDescription(guid, topic.getName(), topic.getTypeName(), effective, publisher.qos(), true);
    }

    // ------------------------------------------------------------------ life cycle

    @Override
    protected boolean parentEnabled() {
        return publisher.isEnabled();
    }

    @Override
    protected void onEnabled() {
        description = describeSelf(qos());
        List<DataPath> chosen = publisher.participant().pathsFor(description); // may refuse the QoS
        lastAssertion = System.nanoTime();
        publisher.participant().domain().writerAnnounced(description);
        paths.addAll(chosen);
        pathArray = paths.toArray(new DataPath[0]);
        for (DataPath path : pathArray) {
            path.writerEnabled(this);
        }
        armLiveliness(lastAssertion);
        DeferredNotifications.current().flush();
    }

    @Override
    public void close() {
        if (isClosed()) {
            return;
        }
        if (isEnabled()) {
            unregisterAll();
        }
        if (!markClosed()) {
            return;
        }
        for (DataPath path : paths) {
            path.writerClosed(this);
        }
        paths.clear();
        pathArray = new DataPath[0];
        if (isEnabled()) {
            publisher.participant().domain().writerRetracted(guid);
        }
        readers.clear();
        readerArray = new ReaderProxy[0];
        livelinessTimer.disarm();
        deadlineTimer.disarm();
        lifespanTimer.disarm();
        lock.lock();
        try {
            acknowledgements.signalAll();
        } finally {
            lock.unlock();
        }
        topic.removeDependent();
        publisher.writerClosed(this);
        GuidHandles.forget(guid);
        DeferredNotifications.current().flush();
    }

    /** Closing a writer unregisters every instance it still has (disposing them if so configured). */
    private void unregisterAll() {
        List<Long> handles = new ArrayList<>();
        lock.lock();
        try {
            for (WriterInstance<T> i = firstInstance; i != null; i = i.next) {
                handles.add(i.handle);
            }
        } finally {
            lock.unlock();
        }
        long now = io.sirocco.dcps.core.WallClock.now();
        for (long h : handles) {
            try {
                change(ChangeKind.UNREGISTERED, null, h, now);
            } catch (TimeoutException | RuntimeException e) {
                // The writer goes away regardless; readers learn it through unmatching.
            }
        }
    }

    @Override
    public void setQos(DataWriterQos qos) {
        checkOpen();
        if (qos == null) {
            throw new IllegalArgumentException("qos must not be null");
        }
        QosRules.checkConsistent(qos);
        if (isEnabled()) {
            QosRules.checkChangeable(qos(), qos);
        }
        replaceQos(qos);
        config = WriterConfig.of(qos);
        if (config.deadlineNanos() != NanoDuration.INFINITE_NANOS) {
            // The timer is armed when instances register; those already registered need the new period.
            deadlineTimer.armIn(config.deadlineNanos());
        }
        publisherQosChanged();
    }

    @Override
    public void setQos(String qosLibraryName, String qosProfileName) {
        // QoS profiles: a topic_filter in the profile is matched against this writer's topic.
        setQos(EntityProfiles.dataWriterQos(environment.defaultQosProvider(), qosLibraryName, qosProfileName,
                topic.getName()));
    }

    /** Re-announces the writer after its own or its publisher's QoS changed. */
    void publisherQosChanged() {
        description = describeSelf(qos());
        if (isEnabled()) {
            publisher.participant().domain().writerAnnounced(description);
            for (DataPath path : paths) {
                path.writerUpdated(this);
            }
            DeferredNotifications.current().flush();
        }
    }

    // ------------------------------------------------------------------ matching (LocalWriter)

    @Override
    public WriterDescription description() {
        return description;
    }

    @Override
    public TypeCodec<T> codec() {
        return codec;
    }

    @Override
    public MatchedReader matchReader(ReaderDescription reader) {
        if (isClosed() || !isEnabled()) {
            return null;
        }
        WriterDescription self = description;
        if (!reader.topicName().equals(self.topicName()) || !reader.typeName().equals(self.typeName())
                || publisher.participant().discovery().isIgnored(reader.guid())
                || !QosMatching.partitionsMatch(self.publisherQos().getPartition(), reader.subscriberQos().getPartition())) {
            return null;
        }
        Set<Class<? extends QosPolicy>> incompatible = QosMatching.incompatiblePolicies(self.publisherQos(), self.qos(),
                reader.subscriberQos(), reader.qos());
        if (!incompatible.isEmpty()) {
            statuses.incompatible(incompatible);
            raise(StatusKind.OFFERED_INCOMPATIBLE_QOS);
            return null;
        }
        ReaderProxy proxy = new ReaderProxy(this, reader, GuidHandles.handleOf(reader.guid()));
        ReaderProxy existing = readers.putIfAbsent(reader.guid(), proxy);
        if (existing != null) {
            existing.refresh(reader);
            return existing;
        }
        readerArray = readers.values().toArray(new ReaderProxy[0]);
        statuses.matched(proxy.handle);
        raise(StatusKind.PUBLICATION_MATCHED);
        return proxy;
    }

    @Override
    public void unmatchReader(Guid readerGuid) {
        ReaderProxy proxy = readers.remove(readerGuid);
        if (proxy == null) {
            return;
        }
        readerArray = readers.values().toArray(new ReaderProxy[0]);
        statuses.unmatched(proxy.handle);
        raise(StatusKind.PUBLICATION_MATCHED);
        acknowledgementsAdvanced();
    }

    /** Unmatches every reader of an ignored participant or an ignored subscription. */
    public void ignore(Guid ignored) {
        boolean unmatched = false;
        for (Guid reader : new ArrayList<>(readers.keySet())) {
            if (reader.equals(ignored) || reader.participant().equals(ignored)) {
                unmatchReader(reader);
                unmatched = true;
            }
        }
        if (unmatched) {
            // Paths deliver over their own links: have them drop the ignored pairs too.
            for (DataPath path : paths) {
                path.writerUpdated(this);
            }
        }
    }

    @Override
    public void replayHistory(Consumer<WriterChange<T>> consumer, Runnable afterwards) {
        lock.lock();
        try {
            if (consumer != null) {
                history.forEach(consumer);
            }
            if (afterwards != null) {
                afterwards.run();
            }
        } finally {
            lock.unlock();
        }
    }

    @Override
    public long lastSequenceNumber() {
        lock.lock();
        try {
            return sequence;
        } finally {
            lock.unlock();
        }
    }

    void acknowledgementsAdvanced() {
        // Paths report acknowledgements from their own threads (an event loop, a group's delivery
        // thread), which must never wait for this writer's lock: its holder may itself be waiting
        // for that thread (a full send window). When the lock is busy the waiters are not
        // signalled; they re-check every ACK_RECHECK_NANOS anyway.
        if (acknowledgementWaiters > 0 && lock.tryLock()) {
            try {
                acknowledgements.signalAll();
            } finally {
                lock.unlock();
            }
        }
    }

    /** The longest a thread waiting for acknowledgements sleeps before it looks again (see above). */
    private static final long ACK_RECHECK_NANOS = 1_000_000;

    // ------------------------------------------------------------------ writing

    private long maxBlockingNanos() {
        return config.maxBlockingNanos();
    }

    private long sourceTime(Time timestamp) {
        if (timestamp == null) {
            throw new IllegalArgumentException("timestamp must not be null");
        }
        if (!timestamp.isValid()) {
            throw new IllegalArgumentException("timestamp must be a valid time");
        }
        return NanoTime.nanosOf(timestamp);
    }

    private long sourceTime(long timestamp, TimeUnit unit) {
        if (unit == null) {
            throw new IllegalArgumentException("unit must not be null");
        }
        return unit.toNanos(timestamp);
    }

    private static long now() {
        return io.sirocco.dcps.core.WallClock.now();
    }

    /** Every write, dispose and unregister goes through here. */
    private void change(ChangeKind kind, T sample, long handleValue, long sourceTimestamp) throws TimeoutException {
        checkEnabled();
        if (sample == null && handleValue == Handles.NIL) {
            throw new IllegalArgumentException("instanceData must not be null");
        }
        long now = System.nanoTime();
        long deadline = saturatedAdd(now, maxBlockingNanos());
        lock.lock();
        try {
            WriterInstance<T> instance = resolve(sample, handleValue, kind == ChangeKind.ALIVE);
            if (instance == null) {
                throw new PreconditionFailedException(environment, "the instance is not registered with the "
                        + describe() + " (register it or write it first)");
            }
            WriterConfig settings = config;
            ChangeKind effective = kind == ChangeKind.UNREGISTERED && settings.autoDispose() && !instance.disposed
                    ? ChangeKind.DISPOSED_UNREGISTERED : kind;
            makeRoom(instance, deadline, settings);
            long lifespan = settings.lifespanNanos();
            long expiry = lifespan == NanoDuration.INFINITE_NANOS ? Long.MAX_VALUE : saturatedAdd(now, lifespan);
            HistoryNode<T> node = history.append(instance, effective, ++sequence, sourceTimestamp, expiry,
                    sample != null ? sample : instance.key);
            if (expiry != Long.MAX_VALUE) {
                lifespanTimer.armAt(expiry);
            }
            if (effective == ChangeKind.ALIVE) {
                instance.disposed = false;
                instance.lastWriteNanoTime = now;
            } else if (effective.disposes()) {
                instance.disposed = true;
            }
            if (effective.unregisters()) {
                unregisterLocked(instance);
            }
            assertLivelinessLocked(now);
            if (publisher.isHolding()) {
                node.pending = true;
                pending.add(node);
            } else {
                for (DataPath path : pathArray) {
                    path.publish(this, node.change, deadline);
                }
            }
            trimAcknowledged();
        } catch (FlowControlTimeoutException e) {
            throw new TimeoutException("a reliable reader could not take the sample within max_blocking_time ("
                    + qos().getReliability().getMaxBlockingTime() + "): " + e.getMessage());
        } finally {
            lock.unlock();
        }
        DeferredNotifications.current().flush();
    }

    private static long saturatedAdd(long a, long b) {
        long sum = a + b;
        return ((a ^ sum) & (b ^ sum)) < 0 ? Long.MAX_VALUE : sum;
    }

    private WriterInstance<T> resolve(T sample, long handleValue, boolean register) {
        if (handleValue != Handles.NIL) {
            WriterInstance<T> instance = byHandle.get(handleValue);
            if (instance == null) {
                throw new IllegalArgumentException("handle " + handleValue + " is not an instance registered with the "
                        + describe());
            }
            if (sample != null && codec.isKeyed() && !codec.keyEquals(instance.key, sample)) {
                throw new PreconditionFailedException(environment, "the sample's key does not match the instance "
                        + "identified by handle " + handleValue);
            }
            return instance;
        }
        WriterInstance<T> instance = instances.find(sample);
        return instance == null && register ? registerLocked(sample) : instance;
    }

    private WriterInstance<T> registerLocked(T sample) {
        int max = config.maxInstances();
        if (max != ResourceLimits.LENGTH_UNLIMITED && instances.size() >= max) {
            throw new ResourceLimitException(environment, "the " + describe() + " already has max_instances = " + max
                    + " registered instances");
        }
        T key = codec.newSample(environment);
        codec.copyKey(sample, key);
        WriterInstance<T> instance = new WriterInstance<>(Handles.next(), key);
        codec.keyHash(key, instance.keyHash);
        instance.lastWriteNanoTime = System.nanoTime();
        instances.add(instance);
        byHandle.put(instance.handle, instance);
        instance.previous = lastInstance;
        if (lastInstance == null) {
            firstInstance = instance;
        } else {
            lastInstance.next = instance;
        }
        lastInstance = instance;
        long period = config.deadlineNanos();
        if (period != NanoDuration.INFINITE_NANOS) {
            deadlineTimer.armIn(period);
        }
        return instance;
    }

    private void unregisterLocked(WriterInstance<T> instance) {
        instances.remove(instance);
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

    /** Applies History and ResourceLimits before a change is added; KEEP_ALL may block. */
    private void makeRoom(WriterInstance<T> instance, long deadline, WriterConfig settings) throws TimeoutException {
        int maxSamples = settings.maxSamples();
        if (!settings.keepAll()) {
            if (instance.changeCount >= settings.depth()) {
                evict(instance.firstChange);
            }
            while (history.size() >= maxSamples && history.oldest() != null) {
                evict(history.oldest());
            }
            return;
        }
        int maxPerInstance = settings.maxSamplesPerInstance();
        while (history.size() >= maxSamples || instance.changeCount >= maxPerInstance) {
            trimAcknowledged();
            if (history.size() < maxSamples && instance.changeCount < maxPerInstance) {
                return;
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new TimeoutException("the KEEP_ALL history of the " + describe() + " is full (max_samples "
                        + qos().getResourceLimits().getMaxSamples() + ", max_samples_per_instance "
                        + qos().getResourceLimits().getMaxSamplesPerInstance()
                        + ") and readers did not acknowledge within max_blocking_time");
            }
            acknowledgementWaiters++;
            try {
                acknowledgements.awaitNanos(Math.min(left, ACK_RECHECK_NANOS));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new TimeoutException("interrupted while waiting for room in the writer history");
            } finally {
                acknowledgementWaiters--;
            }
        }
    }

    private void evict(HistoryNode<T> node) {
        if (node.pending) {
            pending.remove(node);
        }
        history.remove(node);
    }

    /** A VOLATILE KEEP_ALL writer forgets changes every reliable reader has acknowledged. */
    private void trimAcknowledged() {
        if (!config.trimAcknowledged() || !pending.isEmpty()) {
            return;
        }
        long acknowledged = sequence;
        for (ReaderProxy reader : readerArray) {
            if (reader.reliable) {
                acknowledged = Math.min(acknowledged, reader.acknowledged);
            }
        }
        history.removeUpTo(acknowledged);
    }

    /** Tells the paths that a change left the history (called under the writer's lock). */
    /** Tells the paths that every change up to {@code sequenceNumber} left the history (under the lock). */
    private void changesRemovedThrough(long sequenceNumber) {
        for (DataPath path : pathArray) {
            path.changesRemovedThrough(this, sequenceNumber);
        }
    }

    private void changeRemoved(long sequenceNumber) {
        for (DataPath path : pathArray) {
            path.changeRemoved(this, sequenceNumber);
        }
    }

    /** Publishes what a suspension or a coherent set held back, as one coherent set. */
    void releasePending() {
        long deadline = saturatedAdd(System.nanoTime(), maxBlockingNanos());
        lock.lock();
        try {
            if (pending.isEmpty()) {
                return;
            }
            List<WriterChange<T>> changes = new ArrayList<>(pending.size());
            for (HistoryNode<T> node : pending) {
                node.pending = false;
                changes.add(node.change);
            }
            pending.clear();
            for (DataPath path : paths) {
                try {
                    path.publishCoherentSet(this, changes, deadline);
                } catch (FlowControlTimeoutException e) {
                    // The set stays in the history; reliable paths retry from there.
                }
            }
            trimAcknowledged();
        } finally {
            lock.unlock();
        }
        // No flush here: the publisher flushes once every writer has released its part of the set.
    }

    @Override
    public void write(T instanceData) throws TimeoutException {
        change(ChangeKind.ALIVE, instanceData, Handles.NIL, now());
    }

    @Override
    public void write(T instanceData, Time sourceTimestamp) throws TimeoutException {
        change(ChangeKind.ALIVE, instanceData, Handles.NIL, sourceTime(sourceTimestamp));
    }

    @Override
    public void write(T instanceData, long sourceTimestamp, TimeUnit unit) throws TimeoutException {
        change(ChangeKind.ALIVE, instanceData, Handles.NIL, sourceTime(sourceTimestamp, unit));
    }

    @Override
    public void write(T instanceData, InstanceHandle handle) throws TimeoutException {
        change(ChangeKind.ALIVE, required(instanceData), handleValue(handle), now());
    }

    @Override
    public void write(T instanceData, InstanceHandle handle, Time sourceTimestamp) throws TimeoutException {
        change(ChangeKind.ALIVE, required(instanceData), handleValue(handle), sourceTime(sourceTimestamp));
    }

    @Override
    public void write(T instanceData, InstanceHandle handle, long sourceTimestamp, TimeUnit unit)
            throws TimeoutException {
        change(ChangeKind.ALIVE, required(instanceData), handleValue(handle), sourceTime(sourceTimestamp, unit));
    }

    private T required(T instanceData) {
        if (instanceData == null) {
            throw new IllegalArgumentException("instanceData must not be null");
        }
        return instanceData;
    }

    private static long handleValue(InstanceHandle handle) {
        return handle == null || handle.isNil() ? Handles.NIL : Handles.valueOf(handle, "handle");
    }

    @Override
    public void dispose(InstanceHandle handle) throws TimeoutException {
        change(ChangeKind.DISPOSED, null, requiredHandle(handle), now());
    }

    @Override
    public void dispose(InstanceHandle handle, T instanceData) throws TimeoutException {
        change(ChangeKind.DISPOSED, instanceData, handleValue(handle), now());
    }

    @Override
    public void dispose(InstanceHandle handle, T instanceData, Time sourceTimestamp) throws TimeoutException {
        change(ChangeKind.DISPOSED, instanceData, handleValue(handle), sourceTime(sourceTimestamp));
    }

    @Override
    public void dispose(InstanceHandle handle, T instanceData, long sourceTimestamp, TimeUnit unit)
            throws TimeoutException {
        change(ChangeKind.DISPOSED, instanceData, handleValue(handle), sourceTime(sourceTimestamp, unit));
    }

    @Override
    public void unregisterInstance(InstanceHandle handle) throws TimeoutException {
        change(ChangeKind.UNREGISTERED, null, requiredHandle(handle), now());
    }

    @Override
    public void unregisterInstance(InstanceHandle handle, T instanceData) throws TimeoutException {
        change(ChangeKind.UNREGISTERED, instanceData, handleValue(handle), now());
    }

    @Override
    public void unregisterInstance(InstanceHandle handle, T instanceData, Time sourceTimestamp)
            throws TimeoutException {
        change(ChangeKind.UNREGISTERED, instanceData, handleValue(handle), sourceTime(sourceTimestamp));
    }

    @Override
    public void unregisterInstance(InstanceHandle handle, T instanceData, long sourceTimestamp, TimeUnit unit)
            throws TimeoutException {
        change(ChangeKind.UNREGISTERED, instanceData, handleValue(handle), sourceTime(sourceTimestamp, unit));
    }

    private static long requiredHandle(InstanceHandle handle) {
        long value = handleValue(handle);
        if (value == Handles.NIL) {
            throw new IllegalArgumentException("handle must not be nil when no instance data is given");
        }
        return value;
    }

    @Override
    public InstanceHandle registerInstance(T instanceData) throws TimeoutException {
        return register(instanceData);
    }

    @Override
    public InstanceHandle registerInstance(T instanceData, Time sourceTimestamp) throws TimeoutException {
        sourceTime(sourceTimestamp);
        return register(instanceData);
    }

    @Override
    public InstanceHandle registerInstance(T instanceData, long sourceTimestamp, TimeUnit unit)
            throws TimeoutException {
        sourceTime(sourceTimestamp, unit);
        return register(instanceData);
    }

    private InstanceHandle register(T instanceData) {
        checkEnabled();
        required(instanceData);
        lock.lock();
        try {
            WriterInstance<T> instance = resolve(instanceData, Handles.NIL, true);
            return new LongInstanceHandle(environment, instance.handle);
        } finally {
            lock.unlock();
        }
    }

    @Override
    public T getKeyValue(T keyHolder, InstanceHandle handle) {
        checkOpen();
        if (keyHolder == null) {
            throw new IllegalArgumentException("keyHolder must not be null");
        }
        long value = Handles.valueOf(handle, "handle");
        lock.lock();
        try {
            WriterInstance<T> instance = byHandle.get(value);
            if (instance == null) {
                throw new IllegalArgumentException("handle " + value + " is not an instance registered with the "
                        + describe());
            }
            codec.copyKey(instance.key, keyHolder);
            return keyHolder;
        } finally {
            lock.unlock();
        }
    }

    @Override
    public T getKeyValue(InstanceHandle handle) {
        return getKeyValue(codec.newSample(environment), handle);
    }

    @Override
    public ModifiableInstanceHandle lookupInstance(ModifiableInstanceHandle target, T keyHolder) {
        if (target == null) {
            throw new IllegalArgumentException("handle must not be null");
        }
        target.copyFrom(lookupInstance(keyHolder));
        return target;
    }

    @Override
    public InstanceHandle lookupInstance(T keyHolder) {
        checkOpen();
        if (keyHolder == null) {
            throw new IllegalArgumentException("keyHolder must not be null");
        }
        lock.lock();
        try {
            WriterInstance<T> instance = instances.find(keyHolder);
            return new LongInstanceHandle(environment, instance == null ? Handles.NIL : instance.handle);
        } finally {
            lock.unlock();
        }
    }

    // ------------------------------------------------------------------ acknowledgements

    @Override
    public void waitForAcknowledgments(Duration maxWait) throws TimeoutException {
        waitForAcknowledgmentsNanos(NanoDuration.nanosOf(maxWait, "timeout"));
    }

    @Override
    public void waitForAcknowledgments(long maxWait, TimeUnit unit) throws TimeoutException {
        waitForAcknowledgmentsNanos(NanoDuration.of(environment, maxWait, unit).nanos());
    }

    private void waitForAcknowledgmentsNanos(long maxWait) throws TimeoutException {
        checkEnabled();
        long deadline = saturatedAdd(System.nanoTime(), maxWait);
        lock.lock();
        try {
            long target = sequence;
            while (!acknowledgedByAll(target)) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new TimeoutException("reliable readers of the " + describe()
                            + " did not acknowledge every sample in time");
                }
                acknowledgementWaiters++;
                try {
                    acknowledgements.awaitNanos(Math.min(left, ACK_RECHECK_NANOS));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new TimeoutException("interrupted while waiting for acknowledgements");
                } finally {
                    acknowledgementWaiters--;
                }
            }
        } finally {
            lock.unlock();
        }
    }

    /** Whether every matched reliable reader has acknowledged up to {@code target}. */
    boolean acknowledgedByAll(long target) {
        for (ReaderProxy reader : readerArray) {
            if (reader.reliable && reader.acknowledged < target) {
                return false;
            }
        }
        return true;
    }

    // ------------------------------------------------------------------ liveliness and deadlines

    @Override
    public void assertLiveliness() {
        checkEnabled();
        lock.lock();
        try {
            assertLivelinessLocked(System.nanoTime());
            for (DataPath path : pathArray) {
                path.livelinessAsserted(this);
            }
        } finally {
            lock.unlock();
        }
        DeferredNotifications.current().flush();
    }

    private void assertLivelinessLocked(long now) {
        lastAssertion = now;
        Liveliness.Kind kind = config.livelinessKind();
        if (kind == Liveliness.Kind.AUTOMATIC) {
            return;
        }
        if (kind == Liveliness.Kind.MANUAL_BY_PARTICIPANT) {
            publisher.participant().livelinessAsserted(now);
        }
        regainLiveliness();
        armLiveliness(now);
    }

    /** The participant asserted liveliness (MANUAL_BY_PARTICIPANT writers count it as their own). */
    public void participantAsserted(long now) {
        if (config.livelinessKind() == Liveliness.Kind.MANUAL_BY_PARTICIPANT && isEnabled() && !isClosed()) {
            lock.lock();
            try {
                regainLiveliness();
                armLiveliness(now);
            } finally {
                lock.unlock();
            }
        }
    }

    private void regainLiveliness() {
        if (!alive) {
            alive = true;
            for (DataPath path : paths) {
                path.writerLivelinessChanged(this, true);
            }
        }
    }

    private void armLiveliness(long from) {
        WriterConfig settings = config;
        if (settings.livelinessKind() != Liveliness.Kind.AUTOMATIC && settings.leaseNanos() != NanoDuration.INFINITE_NANOS) {
            livelinessTimer.armAt(from + settings.leaseNanos());
        }
    }

    private void checkLiveliness() {
        if (isClosed()) {
            return;
        }
        Liveliness liveliness = qos().getLiveliness();
        long lease = NanoDuration.nanosOf(liveliness.getLeaseDuration());
        if (liveliness.getKind() == Liveliness.Kind.AUTOMATIC || lease == NanoDuration.INFINITE_NANOS) {
            return;
        }
        long last = lastAssertion;
        if (liveliness.getKind() == Liveliness.Kind.MANUAL_BY_PARTICIPANT) {
            last = Math.max(last, publisher.participant().lastLivelinessAssertion());
        }
        long now = System.nanoTime();
        if (now - last < lease) {
            livelinessTimer.armAt(last + lease);
            return;
        }
        lock.lock();
        try {
            if (alive) {
                alive = false;
                statuses.livelinessLost();
                raise(StatusKind.LIVELINESS_LOST);
                for (DataPath path : paths) {
                    path.writerLivelinessChanged(this, false);
                }
            }
        } finally {
            lock.unlock();
        }
        DeferredNotifications.current().flush();
    }

    private void checkDeadline() {
        long period = NanoDuration.nanosOf(qos().getDeadline().getPeriod());
        if (isClosed() || period == NanoDuration.INFINITE_NANOS) {
            return;
        }
        long now = System.nanoTime();
        long next = now + period;
        lock.lock();
        try {
            for (WriterInstance<T> instance = firstInstance; instance != null; instance = instance.next) {
                long due = Math.max(instance.lastWriteNanoTime, instance.deadlineMissedUpTo) + period;
                if (due - now <= 0) {
                    instance.deadlineMissedUpTo = now;
                    statuses.deadlineMissed(instance.handle);
                    raise(StatusKind.OFFERED_DEADLINE_MISSED);
                } else {
                    next = Math.min(next, due);
                }
            }
        } finally {
            lock.unlock();
        }
        if (firstInstance != null) {
            deadlineTimer.armAt(next);
        }
        DeferredNotifications.current().flush();
    }

    private void expireHistory() {
        if (isClosed()) {
            return;
        }
        long next;
        lock.lock();
        try {
            next = history.expire(System.nanoTime());
        } finally {
            lock.unlock();
        }
        if (next != Long.MAX_VALUE) {
            lifespanTimer.armAt(next);
        }
    }

    // ------------------------------------------------------------------ statuses

    void raise(StatusKind kind) {
        statusChanged(kind);
        listeners.queue(kind);
    }

    @Override
    public void dispatch(StatusKind kind) {
        listeners.dispatch(kind);
    }

    @Override
    public LivelinessLostStatus getLivelinessLostStatus() {
        checkOpen();
        statusRead(StatusKind.LIVELINESS_LOST);
        return statuses.takeLivelinessLost();
    }

    @Override
    public OfferedDeadlineMissedStatus getOfferedDeadlineMissedStatus() {
        checkOpen();
        statusRead(StatusKind.OFFERED_DEADLINE_MISSED);
        return statuses.takeDeadline();
    }

    @Override
    public OfferedIncompatibleQosStatus getOfferedIncompatibleQosStatus() {
        checkOpen();
        statusRead(StatusKind.OFFERED_INCOMPATIBLE_QOS);
        return statuses.takeIncompatible();
    }

    @Override
    public PublicationMatchedStatus getPublicationMatchedStatus() {
        checkOpen();
        statusRead(StatusKind.PUBLICATION_MATCHED);
        return statuses.takeMatched();
    }

    @Override
    public Set<InstanceHandle> getMatchedSubscriptions() {
        checkEnabled();
        Set<InstanceHandle> handles = new HashSet<>();
        for (ReaderProxy reader : readers.values()) {
            handles.add(new LongInstanceHandle(environment, reader.handle));
        }
        return handles;
    }

    @Override
    public SubscriptionBuiltinTopicData getMatchedSubscriptionData(InstanceHandle subscriptionHandle) {
        checkEnabled();
        long value = Handles.valueOf(subscriptionHandle, "subscriptionHandle");
        for (ReaderProxy reader : readers.values()) {
            if (reader.handle == value) {
                return new SubscriptionBuiltinData(environment, reader.description(), null);
            }
        }
        throw new PreconditionFailedException(environment, "handle " + value + " is not a reader matched with the "
                + describe());
    }

    // ------------------------------------------------------------------ plumbing

    @Override
    @SuppressWarnings("unchecked")
    public <OTHER> DataWriter<OTHER> cast() {
        return (DataWriter<OTHER>) this;
    }

    @Override
    public Topic<T> getTopic() {
        return topic;
    }

    @Override
    @SuppressWarnings("unchecked")
    public StatusCondition<DataWriter<T>> getStatusCondition() {
        return (StatusCondition<DataWriter<T>>) statusConditionInternal();
    }

    @Override
    public Publisher getParent() {
        return publisher;
    }

    @Override
    public List<String> carriedBy() {
        return paths.stream().map(DataPath::name).toList();
    }
}
