package io.sirocco.dcps.sub;

import io.sirocco.dcps.core.Guid;
import io.sirocco.dcps.core.GuidHandles;
import io.sirocco.dcps.core.Handles;
import io.sirocco.dcps.core.LongInstanceHandle;
import io.sirocco.dcps.core.ModifiableLongInstanceHandle;
import io.sirocco.dcps.core.NanoDuration;
import io.sirocco.dcps.core.SiroccoServiceEnvironment;
import io.sirocco.dcps.builtin.PublicationBuiltinData;
import io.sirocco.dcps.entity.DeferredNotifications;
import io.sirocco.dcps.entity.EntityBase;
import io.sirocco.dcps.entity.StatusKind;
import io.sirocco.dcps.error.PreconditionFailedException;
import io.sirocco.dcps.filter.FilterExpression;
import io.sirocco.dcps.qos.QosMatching;
import io.sirocco.dcps.qos.QosRules;
import io.sirocco.dcps.qos.xml.EntityProfiles;
import io.sirocco.dcps.spi.ChangeKind;
import io.sirocco.dcps.spi.DataPath;
import io.sirocco.dcps.spi.DeliveryResult;
import io.sirocco.dcps.spi.LocalReader;
import io.sirocco.dcps.spi.MatchedWriter;
import io.sirocco.dcps.spi.ReaderDescription;
import io.sirocco.dcps.spi.WriterChange;
import io.sirocco.dcps.spi.WriterDescription;
import io.sirocco.dcps.type.DefaultRepresentations;
import io.sirocco.dcps.timer.Timer;
import io.sirocco.dcps.topic.TopicView;
import io.sirocco.dcps.type.TypeCodec;
import io.sirocco.dcps.type.cdr.CdrInput;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;
import org.omg.dds.core.Duration;
import org.omg.dds.core.InstanceHandle;
import org.omg.dds.core.ModifiableInstanceHandle;
import org.omg.dds.core.StatusCondition;
import org.omg.dds.core.policy.QosPolicy;
import org.omg.dds.core.status.LivelinessChangedStatus;
import org.omg.dds.core.status.RequestedDeadlineMissedStatus;
import org.omg.dds.core.status.RequestedIncompatibleQosStatus;
import org.omg.dds.core.status.SampleLostStatus;
import org.omg.dds.core.status.SampleRejectedStatus;
import org.omg.dds.core.status.SubscriptionMatchedStatus;
import org.omg.dds.sub.DataReader;
import org.omg.dds.sub.DataReaderListener;
import org.omg.dds.sub.DataReaderQos;
import org.omg.dds.sub.QueryCondition;
import org.omg.dds.sub.ReadCondition;
import org.omg.dds.sub.Sample;
import org.omg.dds.sub.Subscriber;
import org.omg.dds.topic.PublicationBuiltinTopicData;
import org.omg.dds.topic.TopicDescription;

/**
 * Sirocco's data reader. The API surface lives here; the history rules live in {@link ReaderCache},
 * listener propagation in {@link ReaderListeners}. Matched writers deliver through their
 * {@link WriterProxy}. Long because the PSM's DataReader interface is; every method is a thin
 * translation onto the cache.
 */
public final class SiroccoDataReader<T> extends EntityBase<DataReaderListener<T>, DataReaderQos>
        implements DataReader<T>, LocalReader<T>, ReaderCache.Events, io.sirocco.dds.qos.CarriedBy {
    private final SiroccoSubscriber subscriber;
    private final TopicView<T> topicView;
    private final TypeCodec<T> codec;
    private final ReaderCache<T> cache;
    private final ReaderStatuses statuses;
    private final ReaderListeners<T> listeners;
    private final ConcurrentHashMap<Guid, WriterProxy<T>> writers = new ConcurrentHashMap<>();
    private final CopyOnWriteArrayList<SiroccoReadCondition<T>> conditions = new CopyOnWriteArrayList<>();
    /** Snapshot of {@link #conditions} for the delivery path, which must not allocate iterators. */
    private volatile SiroccoReadCondition<?>[] conditionArray = new SiroccoReadCondition<?>[0];
    private final SiroccoDataState anyState;
    private final ArrayDeque<SampleLoan<T>> freeLoans = new ArrayDeque<>();
    private final List<DataPath> paths = new CopyOnWriteArrayList<>();
    private final Timer deadlineTimer;
    private final Timer maintenanceTimer;
    private final boolean builtin;
    private volatile ReaderDescription description;

    SiroccoDataReader(SiroccoServiceEnvironment environment, SiroccoSubscriber subscriber, TopicView<T> topicView,
            DataReaderQos qos, DataReaderListener<T> listener, int mask, boolean builtin) {
        super(environment, Handles.next(), subscriber.participant().newEntityGuid(topicView.topic().codec().isKeyed()
                ? io.sirocco.dcps.core.EntityIds.KIND_READER_WITH_KEY : io.sirocco.dcps.core.EntityIds.KIND_READER_NO_KEY),
                qos, listener, mask);
        this.subscriber = subscriber;
        this.topicView = topicView;
        this.codec = topicView.topic().codec();
        this.builtin = builtin;
        this.statuses = new ReaderStatuses(environment);
        this.anyState = SiroccoDataState.any(environment);
        this.cache = new ReaderCache<>(environment, codec, CacheLimits.of(qos), this);
        this.cache.setContentFilter(topicView.filter());
        if (builtin) {
            // Built-in samples are keyed by the GUID of the entity they describe.
            this.cache.setInstanceHandles(key -> GuidHandles.handleOf(
                    ((io.sirocco.dcps.builtin.BuiltinSample) key).key().guid()));
        }
        this.listeners = new ReaderListeners<>(this, subscriber, statuses);
        this.deadlineTimer = environment.scheduler().newTimer("deadline " + this, this::checkDeadline);
        this.maintenanceTimer = environment.scheduler().newTimer("purge " + this, this::maintain);
        this.description = describeSelf(qos);
        GuidHandles.register(guid, handle);
    }

    @Override
    protected String describe() {
        return "DataReader of topic \"" + topicView.getName() + "\"";
    }

    SiroccoSubscriber subscriber() {
        return subscriber;
    }

    /** What matching and discovery see: the QoS with the data representations actually accepted. */
    private ReaderDescription describeSelf(DataReaderQos qos) {
        DataReaderQos effective = qos.withPolicy(DefaultRepresentations.forReader(qos.getRepresentation()));
        return new ReaderDescription(guid, topicView.topic().getName(), topicView.topic().getTypeName(), effective,
                subscriber.qos(), true);
    }

    // ------------------------------------------------------------------ life cycle

    @Override
    protected boolean parentEnabled() {
        return subscriber.isEnabled();
    }

    @Override
    protected void onEnabled() {
        description = describeSelf(qos());
        if (builtin) {
            return;
        }
        List<DataPath> chosen = subscriber.participant().pathsFor(description); // may refuse the QoS
        subscriber.participant().domain().readerAnnounced(description);
        for (DataPath path : chosen) {
            paths.add(path);
            path.readerEnabled(this);
        }
        DeferredNotifications.current().flush();
    }

    @Override
    public void close() {
        cache.lock.lock();
        try {
            if (isClosed()) {
                return;
            }
            if (cache.outstandingLoans > 0) {
                throw new PreconditionFailedException(environment, "cannot close the " + describe() + ": "
                        + cache.outstandingLoans + " loan(s) of samples are still open");
            }
        } finally {
            cache.lock.unlock();
        }
        closeContainedEntities();
        if (!markClosed()) {
            return;
        }
        for (DataPath path : paths) {
            path.readerClosed(this);
        }
        paths.clear();
        if (!builtin && isEnabled()) {
            subscriber.participant().domain().readerRetracted(guid);
        }
        for (WriterProxy<T> writer : writers.values()) {
            writer.matched = false;
        }
        writers.clear();
        cache.lock.lock();
        try {
            cache.close();
        } finally {
            cache.lock.unlock();
        }
        deadlineTimer.disarm();
        maintenanceTimer.disarm();
        topicView.readerClosed(this);
        subscriber.readerClosed(this);
        GuidHandles.forget(guid);
    }

    @Override
    public void closeContainedEntities() {
        for (SiroccoReadCondition<T> condition : conditions) {
            condition.close();
        }
    }

    void conditionClosed(SiroccoReadCondition<T> condition) {
        conditions.remove(condition);
        conditionArray = conditions.toArray(new SiroccoReadCondition<?>[0]);
    }

    private SiroccoReadCondition<T> addCondition(SiroccoReadCondition<T> condition) {
        conditions.add(condition);
        conditionArray = conditions.toArray(new SiroccoReadCondition<?>[0]);
        return condition;
    }

    @Override
    public void setQos(DataReaderQos qos) {
        checkOpen();
        if (qos == null) {
            throw new IllegalArgumentException("qos must not be null");
        }
        QosRules.checkConsistent(qos);
        if (isEnabled()) {
            QosRules.checkChangeable(qos(), qos);
        }
        replaceQos(qos);
        cache.lock.lock();
        try {
            cache.setLimits(CacheLimits.of(qos));
        } finally {
            cache.lock.unlock();
        }
        description = describeSelf(qos);
        if (isEnabled() && !builtin) {
            subscriber.participant().domain().readerAnnounced(description);
            for (DataPath path : paths) {
                path.readerUpdated(this);
            }
            armDeadline();
            // Matches made or broken by the change are reported now, not at this thread's next write.
            DeferredNotifications.current().flush();
        }
    }

    @Override
    public void setQos(String qosLibraryName, String qosProfileName) {
        // QoS profiles: a topic_filter in the profile is matched against this reader's topic.
        setQos(EntityProfiles.dataReaderQos(environment.defaultQosProvider(), qosLibraryName, qosProfileName,
                topicView.topic().getName()));
    }

    /** Called by the subscriber when its QoS (e.g. partitions) changed. */
    void subscriberQosChanged() {
        description = describeSelf(qos());
        if (isEnabled() && !builtin) {
            subscriber.participant().domain().readerAnnounced(description);
            for (DataPath path : paths) {
                path.readerUpdated(this);
            }
            DeferredNotifications.current().flush();
        }
    }

    // ------------------------------------------------------------------ matching (LocalReader)

    @Override
    public ReaderDescription description() {
        return description;
    }

    @Override
    public TypeCodec<T> codec() {
        return codec;
    }

    @Override
    public MatchedWriter<T> matchWriter(WriterDescription writer) {
        if (isClosed() || !isEnabled()) {
            return null;
        }
        ReaderDescription self = description;
        if (!writer.topicName().equals(self.topicName()) || !writer.typeName().equals(self.typeName())
                || subscriber.participant().discovery().isIgnored(writer.guid())
                || !QosMatching.partitionsMatch(writer.publisherQos().getPartition(), self.subscriberQos().getPartition())) {
            return null;
        }
        Set<Class<? extends QosPolicy>> incompatible = QosMatching.incompatiblePolicies(writer.publisherQos(),
                writer.qos(), self.subscriberQos(), self.qos());
        if (!incompatible.isEmpty()) {
            statuses.incompatible(incompatible);
            raise(StatusKind.REQUESTED_INCOMPATIBLE_QOS);
            return null;
        }
        WriterProxy<T> proxy = new WriterProxy<>(this, writer, GuidHandles.handleOf(writer.guid()));
        WriterProxy<T> existing = writers.putIfAbsent(writer.guid(), proxy);
        if (existing != null) {
            existing.refresh(writer);
            return existing;
        }
        statuses.matched(proxy.handle);
        raise(StatusKind.SUBSCRIPTION_MATCHED);
        statuses.liveliness(1, 0, proxy.handle);
        raise(StatusKind.LIVELINESS_CHANGED);
        armDeadline();
        return proxy;
    }

    @Override
    public void unmatchWriter(Guid writerGuid) {
        WriterProxy<T> proxy = writers.remove(writerGuid);
        if (proxy == null) {
            return;
        }
        proxy.matched = false;
        cache.lock.lock();
        try {
            cache.writerGone(proxy, System.nanoTime());
        } finally {
            cache.lock.unlock();
        }
        statuses.unmatched(proxy.handle);
        raise(StatusKind.SUBSCRIPTION_MATCHED);
        boolean wasAlive;
        synchronized (statuses) {
            wasAlive = proxy.alive;
            proxy.alive = false;
        }
        statuses.liveliness(wasAlive ? -1 : 0, wasAlive ? 0 : -1, proxy.handle);
        raise(StatusKind.LIVELINESS_CHANGED);
    }

    void ownerStrengthChanged(WriterProxy<T> writer) {
        cache.lock.lock();
        try {
            cache.ownerStrengthChanged(writer);
        } finally {
            cache.lock.unlock();
        }
    }

    /** Unmatches every writer of an ignored participant or an ignored publication. */
    public void ignore(Guid ignored) {
        boolean unmatched = false;
        for (Guid writer : new ArrayList<>(writers.keySet())) {
            if (writer.equals(ignored) || writer.participant().equals(ignored)) {
                unmatchWriter(writer);
                unmatched = true;
            }
        }
        if (unmatched) {
            // Paths deliver over their own links: have them drop the ignored pairs too.
            for (DataPath path : paths) {
                path.readerUpdated(this);
            }
        }
    }

    // ------------------------------------------------------------------ delivery

    DeliveryResult deliver(WriterProxy<T> writer, WriterChange<T> change) {
        long now = change.expiryNanoTime() != Long.MAX_VALUE || cache.limits().needsClock() ? System.nanoTime() : 0L;
        cache.lock.lock();
        try {
            if (cache.isClosed() || !writer.matched) {
                return DeliveryResult.GONE;
            }
            if (!cache.acceptSequence(writer, change.sequenceNumber())) {
                return DeliveryResult.DUPLICATE;
            }
            DeliveryResult result = cache.store(writer, change.kind(), change.sourceTimestampNanos(),
                    change.expiryNanoTime(), change.data(), null, now);
            if (result != DeliveryResult.REJECTED) {
                writer.lastSequence = change.sequenceNumber();
            }
            return result;
        } finally {
            cache.lock.unlock();
        }
    }

    void deliverAll(WriterProxy<T> writer, List<WriterChange<T>> changes) {
        cache.lock.lock();
        try {
            for (WriterChange<T> change : changes) {
                deliver(writer, change);
            }
        } finally {
            cache.lock.unlock();
        }
    }

    DeliveryResult deliverSerialized(WriterProxy<T> writer, long sequenceNumber, ChangeKind kind,
            long sourceTimestamp, long expiryNanoTime, CdrInput payload, boolean keyOnly) {
        long now = System.nanoTime();
        cache.lock.lock();
        try {
            if (cache.isClosed() || !writer.matched) {
                return DeliveryResult.GONE;
            }
            if (!cache.acceptSequence(writer, sequenceNumber)) {
                return DeliveryResult.DUPLICATE;
            }
            SampleSlot<T> slot = cache.freeSlot();
            try {
                if (keyOnly) {
                    codec.deserializeKey(payload, slot.data);
                } else {
                    codec.deserialize(payload, slot.data);
                }
            } catch (RuntimeException malformed) {
                cache.recycle(slot);
                writer.lastSequence = sequenceNumber;
                statuses.samplesLost(1);
                raise(StatusKind.SAMPLE_LOST);
                return DeliveryResult.ACCEPTED;
            }
            DeliveryResult result = cache.store(writer, keyOnly && kind == ChangeKind.ALIVE ? ChangeKind.DISPOSED : kind,
                    sourceTimestamp, expiryNanoTime, null, slot, now);
            if (result != DeliveryResult.REJECTED) {
                writer.lastSequence = sequenceNumber;
            }
            return result;
        } finally {
            cache.lock.unlock();
        }
    }

    /**
     * Stores a sample from inside Sirocco (built-in topics): as if a writer with the given
     * publication handle had written it.
     */
    public void store(long publicationHandle, ChangeKind kind, T data, long sourceTimestampNanos) {
        WriterProxy<T> internal = internalWriter(publicationHandle);
        cache.lock.lock();
        try {
            if (!cache.isClosed()) {
                cache.store(internal, kind, sourceTimestampNanos, Long.MAX_VALUE, data, null, System.nanoTime());
            }
        } finally {
            cache.lock.unlock();
        }
    }

    private final ConcurrentHashMap<Long, WriterProxy<T>> internalWriters = new ConcurrentHashMap<>();

    private WriterProxy<T> internalWriter(long publicationHandle) {
        return internalWriters.computeIfAbsent(publicationHandle, h -> new WriterProxy<>(this,
                new WriterDescription(Guid.newParticipant(), topicView.getName(), topicView.getTypeName(),
                        environment.qosDefaults().dataWriterQos(), environment.qosDefaults().publisherQos(), true), h));
    }

    boolean awaitSpace(long deadlineNanoTime) {
        return cache.awaitSpace(deadlineNanoTime);
    }

    void samplesLost(int count) {
        statuses.samplesLost(count);
        raise(StatusKind.SAMPLE_LOST);
    }

    void writerLivelinessChanged(WriterProxy<T> writer, boolean alive) {
        synchronized (statuses) {
            if (!writer.matched || writer.alive == alive) {
                return;
            }
            writer.alive = alive;
        }
        statuses.liveliness(alive ? 1 : -1, alive ? -1 : 1, writer.handle);
        raise(StatusKind.LIVELINESS_CHANGED);
        if (!alive) {
            cache.lock.lock();
            try {
                cache.writerGone(writer, System.nanoTime());
            } finally {
                cache.lock.unlock();
            }
        }
    }

    // ------------------------------------------------------------------ cache events (lock held)

    @Override
    public void dataArrived() {
        statusChanged(StatusKind.DATA_AVAILABLE);
        subscriber.statusChanged(StatusKind.DATA_ON_READERS);
        for (SiroccoReadCondition<?> condition : conditionArray) {
            condition.waitSetLinks().signal();
        }
        listeners.queueDataAvailable();
    }

    @Override
    public void expiryScheduled(long expiryNanoTime) {
        maintenanceTimer.armAt(expiryNanoTime);
    }

    @Override
    public void instanceNotAlive(long sinceNanoTime) {
        var lifecycle = qos().getReaderDataLifecycle();
        long delay = Math.min(NanoDuration.nanosOf(lifecycle.getAutoPurgeNoWriterSamplesDelay()),
                NanoDuration.nanosOf(lifecycle.getAutoPurgeDisposedSamplesDelay()));
        if (delay != NanoDuration.INFINITE_NANOS) {
            maintenanceTimer.armAt(sinceNanoTime + delay);
        }
    }

    @Override
    public void sampleRejected(SampleRejectedStatus.Kind reason, long instanceHandle) {
        statuses.sampleRejected(reason, instanceHandle);
        raise(StatusKind.SAMPLE_REJECTED);
    }

    @Override
    public void sampleLost(int count) {
        samplesLost(count);
    }

    /** Marks a status changed and queues its listener call for after the caller's locks. */
    void raise(StatusKind kind) {
        statusChanged(kind);
        listeners.queue(kind);
    }

    @Override
    public void dispatch(StatusKind kind) {
        listeners.dispatch(kind);
    }

    // ------------------------------------------------------------------ timers

    private void armDeadline() {
        long period = NanoDuration.nanosOf(qos().getDeadline().getPeriod());
        if (period != NanoDuration.INFINITE_NANOS) {
            deadlineTimer.armIn(period);
        }
    }

    private void checkDeadline() {
        long period = NanoDuration.nanosOf(qos().getDeadline().getPeriod());
        if (isClosed() || period == NanoDuration.INFINITE_NANOS) {
            return;
        }
        long next;
        cache.lock.lock();
        try {
            next = cache.checkDeadlines(period, System.nanoTime(), instance -> {
                statuses.deadlineMissed(instance);
                raise(StatusKind.REQUESTED_DEADLINE_MISSED);
            });
        } finally {
            cache.lock.unlock();
        }
        deadlineTimer.armAt(next == Long.MAX_VALUE ? System.nanoTime() + period : next);
        DeferredNotifications.current().flush();
    }

    /** Lifespan expiry and auto-purge, run on the event thread. */
    private void maintain() {
        if (isClosed()) {
            return;
        }
        var lifecycle = qos().getReaderDataLifecycle();
        long now = System.nanoTime();
        long next;
        cache.lock.lock();
        try {
            next = Math.min(cache.expireSamples(now), cache.purgeNotAlive(
                    NanoDuration.nanosOf(lifecycle.getAutoPurgeNoWriterSamplesDelay()),
                    NanoDuration.nanosOf(lifecycle.getAutoPurgeDisposedSamplesDelay()), now));
        } finally {
            cache.lock.unlock();
        }
        if (next != Long.MAX_VALUE) {
            maintenanceTimer.armAt(next);
        }
    }

    // ------------------------------------------------------------------ read and take

    Predicate<Object> compileQuery(String expression, List<String> parameters) {
        if (expression == null) {
            throw new IllegalArgumentException("queryExpression must not be null");
        }
        if (expression.isBlank()) {
            return null;
        }
        var bound = FilterExpression.parse(expression).bind(codec.type())
                .withParameters(parameters == null ? List.of() : parameters);
        @SuppressWarnings("unchecked")
        Predicate<Object> query = sample -> bound.test((T) sample);
        return query;
    }

    boolean anyMatching(int sampleMask, int viewMask, int instanceMask, Predicate<Object> query) {
        cache.lock.lock();
        try {
            return cache.anyMatching(sampleMask, viewMask, instanceMask, query);
        } finally {
            cache.lock.unlock();
        }
    }

    /** The one read/take behind every loaning variant. */
    Sample.Iterator<T> loan(int max, SiroccoDataState states, Predicate<Object> query, long instanceHandle,
            boolean nextInstance, boolean take) {
        checkEnabled();
        if (max == org.omg.dds.core.policy.ResourceLimits.LENGTH_UNLIMITED) {
            max = Integer.MAX_VALUE;
        } else if (max <= 0) {
            throw new IllegalArgumentException("maxSamples must be positive or LENGTH_UNLIMITED, not " + max);
        }
        SampleLoan<T> loan;
        cache.lock.lock();
        try {
            long now = cache.hasExpiringSamples() ? System.nanoTime() : 0L;
            loan = freeLoans.pollLast();
            if (loan == null) {
                loan = new SampleLoan<>(this);
            }
            ReaderInstance<T> only = null;
            boolean empty = false;
            if (nextInstance) {
                only = cache.nextInstanceWithSamples(instanceHandle, states.sampleMask(), states.viewMask(),
                        states.instanceMask(), query, now);
                empty = only == null;
            } else if (instanceHandle != Handles.NIL) {
                only = cache.instance(instanceHandle);
                if (only == null) {
                    freeLoans.addLast(loan);
                    throw new IllegalArgumentException("handle " + instanceHandle
                            + " does not identify an instance of this reader");
                }
            }
            int count = empty ? 0 : cache.collect(loan.slots, max, states.sampleMask(), states.viewMask(),
                    states.instanceMask(), query, only, take, now);
            if (count == 0) {
                cache.outstandingLoans++;
            }
            loan.open(count);
        } finally {
            cache.lock.unlock();
        }
        statusRead(StatusKind.DATA_AVAILABLE);
        subscriber.statusRead(StatusKind.DATA_ON_READERS);
        return loan;
    }

    void returnLoan(SampleLoan<T> loan) {
        cache.lock.lock();
        try {
            cache.returnLoans(loan.slots, loan.count);
            loan.count = 0;
            if (freeLoans.size() < 16) {
                freeLoans.addLast(loan);
            }
        } finally {
            cache.lock.unlock();
        }
    }

    /** The copying variants: fill {@code samples} with copies the application owns. */
    List<Sample<T>> copy(List<Sample<T>> samples, int max, SiroccoDataState states, Predicate<Object> query,
            long instanceHandle, boolean nextInstance, boolean take) {
        if (samples == null) {
            throw new IllegalArgumentException("samples must not be null");
        }
        List<SampleSlot<T>> reusable = new ArrayList<>(samples.size());
        for (Sample<T> existing : samples) {
            if (existing instanceof SampleSlot<T> slot && slot.detached) {
                reusable.add(slot);
            }
        }
        samples.clear();
        try (SampleLoan<T> loan = (SampleLoan<T>) loan(max, states, query, instanceHandle, nextInstance, take)) {
            for (int i = 0; i < loan.count; i++) {
                SampleSlot<T> target = i < reusable.size() ? reusable.get(i) : new SampleSlot<>(environment, codec, true);
                target.copyFrom(loan.slots.get(i));
                samples.add(target);
            }
        }
        return samples;
    }

    private SiroccoDataState any() {
        return anyState;
    }

    @Override
    public Sample.Iterator<T> read() {
        return loan(Integer.MAX_VALUE, any(), null, Handles.NIL, false, false);
    }

    @Override
    public Sample.Iterator<T> read(DataReader.Selector<T> selector) {
        return requireSelector(selector).read();
    }

    @Override
    public Sample.Iterator<T> read(int maxSamples) {
        return loan(maxSamples, any(), null, Handles.NIL, false, false);
    }

    @Override
    public List<Sample<T>> read(List<Sample<T>> samples) {
        return copy(samples, Integer.MAX_VALUE, any(), null, Handles.NIL, false, false);
    }

    @Override
    public List<Sample<T>> read(List<Sample<T>> samples, DataReader.Selector<T> selector) {
        return requireSelector(selector).read(samples);
    }

    @Override
    public Sample.Iterator<T> take() {
        return loan(Integer.MAX_VALUE, any(), null, Handles.NIL, false, true);
    }

    @Override
    public Sample.Iterator<T> take(int maxSamples) {
        return loan(maxSamples, any(), null, Handles.NIL, false, true);
    }

    @Override
    public Sample.Iterator<T> take(DataReader.Selector<T> selector) {
        return requireSelector(selector).take();
    }

    @Override
    public List<Sample<T>> take(List<Sample<T>> samples) {
        return copy(samples, Integer.MAX_VALUE, any(), null, Handles.NIL, false, true);
    }

    @Override
    public List<Sample<T>> take(List<Sample<T>> samples, DataReader.Selector<T> selector) {
        return requireSelector(selector).take(samples);
    }

    private DataReader.Selector<T> requireSelector(DataReader.Selector<T> selector) {
        if (selector == null) {
            throw new IllegalArgumentException("selector must not be null");
        }
        return selector;
    }

    @Override
    public boolean readNextSample(Sample<T> sample) {
        return nextSample(sample, false);
    }

    @Override
    public boolean takeNextSample(Sample<T> sample) {
        return nextSample(sample, true);
    }

    private boolean nextSample(Sample<T> sample, boolean take) {
        if (!(sample instanceof SampleSlot<T> target) || !target.detached) {
            throw new IllegalArgumentException("sample must be a Sample copy obtained from this reader "
                    + "(Sample.clone() or read(List)): Sirocco copies into its own Sample objects");
        }
        SiroccoDataState notRead = new SiroccoDataState(environment);
        notRead.with(org.omg.dds.sub.SampleState.NOT_READ);
        try (SampleLoan<T> loan = (SampleLoan<T>) loan(1, notRead, null, Handles.NIL, false, take)) {
            if (loan.count == 0) {
                return false;
            }
            target.copyFrom(loan.slots.get(0));
            return true;
        }
    }

    @Override
    public DataReader.Selector<T> select() {
        return new SiroccoSelector<>(this);
    }

    // ------------------------------------------------------------------ conditions

    @Override
    public ReadCondition<T> createReadCondition(Subscriber.DataState states) {
        checkOpen();
        SiroccoReadCondition<T> condition = new SiroccoReadCondition<>(this, SiroccoDataState.of(environment, states),
                null, null);
        return addCondition(condition);
    }

    @Override
    public QueryCondition<T> createQueryCondition(String queryExpression, List<String> queryParameters) {
        return createQueryCondition(any(), queryExpression, queryParameters);
    }

    @Override
    public QueryCondition<T> createQueryCondition(Subscriber.DataState states, String queryExpression,
            List<String> queryParameters) {
        checkOpen();
        if (queryExpression == null) {
            throw new IllegalArgumentException("queryExpression must not be null");
        }
        SiroccoReadCondition<T> condition = new SiroccoReadCondition<>(this, SiroccoDataState.of(environment, states),
                queryExpression, queryParameters == null ? List.of() : queryParameters);
        return addCondition(condition);
    }

    @Override
    public QueryCondition<T> createQueryCondition(String queryExpression, String... queryParameters) {
        return createQueryCondition(queryExpression, queryParameters == null ? List.of() : List.of(queryParameters));
    }

    @Override
    public QueryCondition<T> createQueryCondition(Subscriber.DataState states, String queryExpression,
            String... queryParameters) {
        return createQueryCondition(states, queryExpression,
                queryParameters == null ? List.of() : List.of(queryParameters));
    }

    // ------------------------------------------------------------------ instances

    @Override
    public T getKeyValue(T keyHolder, InstanceHandle instanceHandle) {
        checkOpen();
        if (keyHolder == null) {
            throw new IllegalArgumentException("keyHolder must not be null");
        }
        long value = Handles.valueOf(instanceHandle, "handle");
        cache.lock.lock();
        try {
            ReaderInstance<T> instance = cache.instance(value);
            if (instance == null) {
                throw new IllegalArgumentException("handle " + value + " does not identify an instance of this reader");
            }
            codec.copyKey(instance.key, keyHolder);
            return keyHolder;
        } finally {
            cache.lock.unlock();
        }
    }

    @Override
    public T getKeyValue(InstanceHandle instanceHandle) {
        return getKeyValue(codec.newSample(environment), instanceHandle);
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
        if (keyHolder == null) {
            throw new IllegalArgumentException("keyHolder must not be null");
        }
        checkOpen();
        cache.lock.lock();
        try {
            ReaderInstance<T> instance = cache.lookup(keyHolder);
            return new LongInstanceHandle(environment, instance == null ? Handles.NIL : instance.handle);
        } finally {
            cache.lock.unlock();
        }
    }

    // ------------------------------------------------------------------ statuses and matches

    @Override
    public SampleRejectedStatus getSampleRejectedStatus() {
        checkOpen();
        statusRead(StatusKind.SAMPLE_REJECTED);
        return statuses.takeRejected();
    }

    @Override
    public LivelinessChangedStatus getLivelinessChangedStatus() {
        checkOpen();
        statusRead(StatusKind.LIVELINESS_CHANGED);
        return statuses.takeLiveliness();
    }

    @Override
    public RequestedDeadlineMissedStatus getRequestedDeadlineMissedStatus() {
        checkOpen();
        statusRead(StatusKind.REQUESTED_DEADLINE_MISSED);
        return statuses.takeDeadline();
    }

    @Override
    public RequestedIncompatibleQosStatus getRequestedIncompatibleQosStatus() {
        checkOpen();
        statusRead(StatusKind.REQUESTED_INCOMPATIBLE_QOS);
        return statuses.takeIncompatible();
    }

    @Override
    public SubscriptionMatchedStatus getSubscriptionMatchedStatus() {
        checkOpen();
        statusRead(StatusKind.SUBSCRIPTION_MATCHED);
        return statuses.takeMatched();
    }

    @Override
    public SampleLostStatus getSampleLostStatus() {
        checkOpen();
        statusRead(StatusKind.SAMPLE_LOST);
        return statuses.takeLost();
    }

    @Override
    public void waitForHistoricalData(Duration maxWait) throws TimeoutException {
        checkEnabled();
        NanoDuration.nanosOf(maxWait, "timeout");
        // Historical data from writers in this JVM arrives while matching, before this returns;
        // remote paths deliver theirs as part of matching too.
    }

    @Override
    public void waitForHistoricalData(long maxWait, TimeUnit unit) throws TimeoutException {
        waitForHistoricalData(NanoDuration.of(environment, maxWait, unit));
    }

    @Override
    public Set<InstanceHandle> getMatchedPublications() {
        checkEnabled();
        Set<InstanceHandle> handles = new HashSet<>();
        for (WriterProxy<T> writer : writers.values()) {
            handles.add(new LongInstanceHandle(environment, writer.handle));
        }
        return handles;
    }

    @Override
    public PublicationBuiltinTopicData getMatchedPublicationData(InstanceHandle publicationHandle) {
        checkEnabled();
        long value = Handles.valueOf(publicationHandle, "publicationHandle");
        for (WriterProxy<T> writer : writers.values()) {
            if (writer.handle == value) {
                return new PublicationBuiltinData(environment, writer.description(), null);
            }
        }
        throw new PreconditionFailedException(environment, "handle " + value + " is not a writer matched with the "
                + describe());
    }

    // ------------------------------------------------------------------ plumbing

    @Override
    @SuppressWarnings("unchecked")
    public <OTHER> DataReader<OTHER> cast() {
        return (DataReader<OTHER>) this;
    }

    @Override
    public TopicDescription<T> getTopicDescription() {
        return topicView;
    }

    @Override
    @SuppressWarnings("unchecked")
    public StatusCondition<DataReader<T>> getStatusCondition() {
        return (StatusCondition<DataReader<T>>) statusConditionInternal();
    }

    @Override
    public Subscriber getParent() {
        return subscriber;
    }

    /** The content filter changed (its parameters were set): new samples are judged by it. */
    public void contentFilterChanged(Predicate<T> filter) {
        cache.lock.lock();
        try {
            cache.setContentFilter(filter);
        } finally {
            cache.lock.unlock();
        }
    }

    /** Whether this reader holds samples its application has not read (for notifyDataReaders). */
    boolean hasDataAvailable() {
        return StatusKind.DATA_AVAILABLE.in(changedStatusMask());
    }

    @Override
    public List<String> carriedBy() {
        return paths.stream().map(DataPath::name).toList();
    }
}
