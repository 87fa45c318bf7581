package io.sirocco.stores.dcps;

import io.sirocco.dcps.spi.ParticipantContext;
import io.sirocco.stores.fabric.FabricProvider;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.omg.dds.core.ServiceEnvironment;

/**
 * The group topics of one domain in this JVM: their {@link TopicMember}s, the {@link Membership}
 * topic they find each other on, and the threads that run membership (one thread, so records,
 * founding, joining and matching never race each other) and drain outboxes.
 */
final class GroupDomain {
    private static final System.Logger LOG = System.getLogger(GroupDomain.class.getName());
    private static final Map<Integer, GroupDomain> DOMAINS = new ConcurrentHashMap<>();
    /** Set while this class creates its own participant, whose path must stay out of the way. */
    static final ThreadLocal<Boolean> CREATING = ThreadLocal.withInitial(() -> false);

    private final int domainId;
    private final ServiceEnvironment env;
    private final ScheduledExecutorService membershipThread;
    private final ExecutorService outboxThread;
    private final Map<String, TopicMember> members = new ConcurrentHashMap<>();
    private final LocalBridges bridges = new LocalBridges();
    /** Ordinary readers of this JVM by topic name: readers of every member of their topic. */
    private final Map<String, java.util.Set<io.sirocco.dcps.spi.LocalReader<?>>> plainReaders = new ConcurrentHashMap<>();
    // membership thread only
    private Membership membership;
    private final Map<String, MemberRecord> records = new HashMap<>();
    private final Map<String, byte[]> snapshots = new HashMap<>();
    /** The latest record per key, readable from the group thread. */
    private final Map<String, MemberRecord> candidacies = new ConcurrentHashMap<>();

    private GroupDomain(int domainId, ServiceEnvironment env) {
        this.domainId = domainId;
        this.env = env;
        membershipThread = Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "sirocco-group-membership-"
                + domainId));
        outboxThread = Executors.newSingleThreadExecutor(r -> daemon(r, "sirocco-group-outbox-" + domainId));
    }

    private final java.util.concurrent.atomic.AtomicBoolean acknowledging = new java.util.concurrent.atomic.AtomicBoolean();

    /** Threads start with the first group topic: a domain with only ordinary topics costs none. */
    private void startAcknowledging() {
        if (acknowledging.compareAndSet(false, true)) {
            membershipThread.scheduleWithFixedDelay(this::acknowledge, 10, 10, TimeUnit.MILLISECONDS);
        }
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }

    static GroupDomain of(ParticipantContext participant) {
        return DOMAINS.computeIfAbsent(participant.domainId(), id -> new GroupDomain(id, participant.environment()));
    }

    TopicMember member(GroupKey key, FabricProvider provider, GroupSettings settings) {
        return members.computeIfAbsent(key.name(), n -> {
            startAcknowledging();
            TopicMember m = new TopicMember(this, key, provider, settings);
            for (io.sirocco.dcps.spi.LocalReader<?> r : plainReaders.getOrDefault(key.topic(), java.util.Set.of())) {
                m.addPlainReader(r);
            }
            return m;
        });
    }

    LocalBridges bridges() {
        return bridges;
    }

    void plainWriterAdded(io.sirocco.dcps.spi.LocalWriter<?> writer) {
        bridges.plainWriterAdded(writer);
    }

    void plainWriterRemoved(io.sirocco.dcps.spi.LocalWriter<?> writer) {
        bridges.plainWriterRemoved(writer);
    }

    void plainReaderAdded(io.sirocco.dcps.spi.LocalReader<?> reader) {
        String topic = reader.description().topicName();
        plainReaders.computeIfAbsent(topic, t -> ConcurrentHashMap.newKeySet()).add(reader);
        for (TopicMember m : members.values()) {
            if (m.topic().equals(topic)) {
                m.addPlainReader(reader);
            }
        }
    }

    void plainReaderRemoved(io.sirocco.dcps.spi.LocalReader<?> reader) {
        java.util.Set<io.sirocco.dcps.spi.LocalReader<?>> set = plainReaders.get(reader.description().topicName());
        if (set != null) {
            set.remove(reader);
        }
        for (TopicMember m : members.values()) {
            m.removeReader(reader);
        }
    }

    void removeMember(TopicMember member) {
        members.remove(member.name(), member);
    }

    // ------------------------------------------------------------ threads

    void execute(Runnable task) {
        membershipThread.execute(guarded(task));
    }

    void schedule(Runnable task, long delayNanos) {
        membershipThread.schedule(guarded(task), delayNanos, TimeUnit.NANOSECONDS);
    }

    void drainLater(Runnable task) {
        outboxThread.execute(guarded(task));
    }

    private static Runnable guarded(Runnable task) {
        return () -> {
            try {
                task.run();
            } catch (RuntimeException | Error e) {
                LOG.log(System.Logger.Level.WARNING, "group membership task failed", e);
            }
        };
    }

    /** Applies what the group delivered back to writers as acknowledgements (see {@link LocalWriterEntry}). */
    private void acknowledge() {
        for (TopicMember m : members.values()) {
            for (LocalWriterEntry e : m.writerEntries()) {
                e.applyAcknowledgements();
            }
        }
    }

    // ------------------------------------------------------------ records (membership thread)

    private Membership membership() {
        if (membership == null) {
            CREATING.set(true);
            try {
                membership = new Membership(env, domainId, () -> execute(this::drain));
            } finally {
                CREATING.set(false);
            }
            execute(this::drain);
        }
        return membership;
    }

    private void drain() {
        membership().drain((key, value) -> {
            if (key.startsWith("S|")) {
                if (value == null) {
                    snapshots.remove(key);
                } else {
                    snapshots.put(key, value);
                    for (TopicMember m : members.values()) {
                        m.snapshotPublished(key, value);
                    }
                }
                return;
            }
            MemberRecord old = records.get(key);
            MemberRecord now = value == null ? null : MemberRecord.decode(value);
            if (now == null) {
                records.remove(key);
            } else {
                records.put(key, now);
                candidacies.put(key, now);
            }
            String group = now != null ? now.group() : old != null ? old.group() : null;
            TopicMember m = group == null ? null : members.get(group);
            if (m != null) {
                m.step();
            }
        });
    }

    /** The records of a group's members other than {@code exceptLocator}. */
    List<MemberRecord> records(String group, String exceptLocator) {
        membership();
        List<MemberRecord> out = new ArrayList<>();
        for (MemberRecord r : records.values()) {
            if (r.group().equals(group) && !r.locator().equals(exceptLocator)) {
                out.add(r);
            }
        }
        return out;
    }

    /**
     * The candidacy the member at {@code locator} last announced (any thread; a racy read is fine:
     * an evicted member that starts a new candidacy announces a higher one).
     */
    long candidacyOf(String group, String locator) {
        MemberRecord r = candidacies.get(MemberRecord.keyOf(group, locator));
        return r == null ? Long.MAX_VALUE : r.candidacy();
    }

    byte[] snapshot(String key) {
        return snapshots.get(key);
    }

    void publish(MemberRecord record) {
        membership().publish(record.key(), record.encode());
    }

    void withdraw(String key) {
        membership().withdraw(key);
    }

    void publishSnapshot(String key, byte[] snapshot, Duration keepFor) {
        membership().publish(key, snapshot);
        schedule(() -> withdraw(key), keepFor.multipliedBy(2).toNanos() + TimeUnit.SECONDS.toNanos(1));
    }
}
