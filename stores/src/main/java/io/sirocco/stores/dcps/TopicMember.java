package io.sirocco.stores.dcps;

import io.sirocco.dcps.core.SiroccoServiceEnvironment;
import io.sirocco.dcps.spi.LocalReader;
import io.sirocco.dcps.spi.LocalWriter;
import io.sirocco.dcps.spi.WriterChange;
import io.sirocco.stores.fabric.FabricException;
import io.sirocco.stores.fabric.FabricProvider;
import io.sirocco.stores.group.DeliveryMode;
import io.sirocco.stores.group.GroupConfig;
import io.sirocco.stores.group.GroupView;
import io.sirocco.stores.group.MulticastGroup;
import io.sirocco.stores.group.ViewListener;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.omg.dds.core.policy.Durability;
import org.omg.dds.core.policy.History;

/**
 * This JVM's member of one group topic (all its participants' endpoints of that topic share it):
 * finds or founds the group through the {@link Membership} records, joins the views that add it,
 * matches its endpoints with those of the other members in the view, and sends and delivers
 * through {@link GroupSender} and {@link GroupReceiver}.
 *
 * <p>Threads: entity operations add and remove endpoints and publish; the domain's membership
 * thread runs {@link #step} (founding, joining, matching, records); the group thread delivers and
 * calls the {@link ViewListener}. Matching state is guarded by this object's monitor.
 */
final class TopicMember implements ViewListener {
    private static final System.Logger LOG = System.getLogger(TopicMember.class.getName());

    private final GroupDomain domain;
    private final GroupKey key;
    private final String name;
    private final FabricProvider provider;
    private final String locator;
    private final GroupSettings settings;
    private final GroupReceiver receiver = new GroupReceiver(this);
    private final GroupSender sender = new GroupSender(this);
    private final TopicMatching matching = new TopicMatching(this, receiver);
    private volatile SiroccoServiceEnvironment env;

    // guarded by this
    private final List<LocalWriterEntry> writers = new ArrayList<>();
    /** Group readers, then ordinary readers of the same topic in this JVM (they read through the group too). */
    private final List<LocalReader<?>> readers = new ArrayList<>();
    private final List<LocalReader<?>> plainReaders = new ArrayList<>();

    // membership thread
    private long foundAfter;
    private String region = "";
    private long joinedView;
    /** The region of the last view this member opened or tried to (with {@link #joinedView}: not tried twice). */
    private String triedRegion = "";
    private int window;
    private volatile int maxPayload;
    private int storeDepth;
    private boolean closed;
    /** Candidacies grow across the members this JVM makes for a group, so a new one is asked in after an old one left. */
    private static final java.util.concurrent.atomic.AtomicLong CANDIDACIES = new java.util.concurrent.atomic.AtomicLong();
    private long candidacy = CANDIDACIES.incrementAndGet();
    /** Set once the last endpoint went: this member is closing; new endpoints need a new member. Guarded by this. */
    private boolean retired;
    /** Locators a view change removed, with the candidacy they had then: not asked in again until they start a new one. */
    private final Map<String, Long> evicted = new java.util.concurrent.ConcurrentHashMap<>();
    private volatile MulticastGroup group;
    /** The view deliveries are in (group thread writes, others read). */
    private volatile GroupView view;

    TopicMember(GroupDomain domain, GroupKey key, FabricProvider provider, GroupSettings settings) {
        this.domain = domain;
        this.key = key;
        this.name = key.name();
        this.provider = provider;
        this.locator = provider.localLocator();
        this.settings = settings;
        this.foundAfter = System.nanoTime() + settings.discoveryDelay().toNanos();
    }

    String name() {
        return name;
    }

    String topic() {
        return key.topic();
    }

    int maxPayload() {
        return maxPayload;
    }

    /** The largest sample a fragmented message may announce (a bound against corrupt headers). */
    int maxSampleBytes() {
        return 256 << 20;
    }

    MulticastGroup runningGroup() {
        MulticastGroup g = group;
        return g != null && g.isRunning() ? g : null;
    }

    void drainLater(Runnable task) {
        domain.drainLater(task);
    }

    // ------------------------------------------------------------ endpoints (entity threads)

    /** Adds a writer; false if this member is closing (the caller takes a new one from the domain). */
    boolean addWriter(LocalWriter<?> writer, SiroccoServiceEnvironment environment) {
        env = environment;
        synchronized (this) {
            if (retired) {
                return false;
            }
            writers.add(new LocalWriterEntry(writer));
        }
        domain.execute(this::endpointsChanged);
        return true;
    }

    void removeWriter(LocalWriter<?> writer) {
        synchronized (this) {
            writers.removeIf(e -> e.writer == writer);
        }
        domain.execute(this::endpointsChanged);
    }

    /** Adds a reader; false if this member is closing (the caller takes a new one from the domain). */
    boolean addReader(LocalReader<?> reader, SiroccoServiceEnvironment environment) {
        env = environment;
        synchronized (this) {
            if (retired) {
                return false;
            }
            readers.add(reader);
        }
        domain.bridges().groupReaderAdded(reader);
        domain.execute(() -> {
            endpointsChanged();
            MulticastGroup g = runningGroup();
            if (g != null && durable(reader.description().qos().getDurability())) {
                g.runOnGroupThread(() -> receiver.replayStore(reader));
            }
        });
        return true;
    }

    /** An ordinary reader of this topic in this JVM: it reads the group's writers too (if DCPS matches them). */
    void addPlainReader(LocalReader<?> reader) {
        synchronized (this) {
            if (retired) {
                return;
            }
            plainReaders.add(reader);
        }
        domain.execute(this::endpointsChanged);
    }

    void removeReader(LocalReader<?> reader) {
        boolean group;
        synchronized (this) {
            group = readers.remove(reader);
            if (!group && !plainReaders.remove(reader)) {
                return;
            }
            for (WriterChannel c : receiver.channels()) {
                c.remove(reader);
            }
        }
        if (group) {
            domain.bridges().groupReaderRemoved(reader);
        }
        domain.execute(this::endpointsChanged);
    }

    /** Every local reader the group delivers to (caller holds this monitor). */
    List<LocalReader<?>> allReaders() {
        if (plainReaders.isEmpty()) {
            return readers;
        }
        List<LocalReader<?>> all = new ArrayList<>(readers);
        all.addAll(plainReaders);
        return all;
    }

    void publish(LocalWriter<?> writer, WriterChange<?> change) {
        LocalWriterEntry entry = entryOf(writer);
        if (entry != null) {
            entry.applyAcknowledgements();
            sender.publish(entry, change);
        }
    }

    private synchronized LocalWriterEntry entryOf(LocalWriter<?> writer) {
        for (LocalWriterEntry e : writers) {
            if (e.writer == writer) {
                return e;
            }
        }
        return null;
    }

    synchronized List<LocalWriterEntry> writerEntries() {
        return List.copyOf(writers);
    }

    /** The local writers (caller holds this monitor). */
    List<LocalWriterEntry> writers() {
        return writers;
    }

    String locator() {
        return locator;
    }

    SiroccoServiceEnvironment environment() {
        return env;
    }

    /** The channel of a writer, created and matched on first sight (group thread; see {@link TopicMatching}). */
    WriterChannel channelFor(long high, long low, String memberLocator) {
        return matching.channelFor(high, low, memberLocator);
    }

    /** Brings matches in line with the running view and its members' records (membership thread). */
    private void rematch() {
        GroupView v = runningGroup() != null ? view : null;
        List<MemberRecord> inView = new ArrayList<>();
        if (v != null) {
            for (MemberRecord r : domain.records(name, locator)) {
                if (r.member() && r.region().equals(region) && v.memberLocators().contains(r.locator())) {
                    inView.add(r);
                }
            }
        }
        matching.rematch(v, inView);
    }

    // ------------------------------------------------------------ membership (membership thread)

    private void endpointsChanged() {
        synchronized (this) {
            retired |= writers.isEmpty() && readers.isEmpty();
        }
        if (retired) {
            domain.removeMember(this);
            close();
            return;
        }
        publishRecord();
        step();
    }

    /** Re-evaluates membership: notices a stopped group, founds or joins, asks to add candidates, matches. */
    void step() {
        if (closed) {
            return;
        }
        MulticastGroup g = group;
        if (g != null && !g.isRunning()) {
            LOG.log(System.Logger.Level.WARNING, "group topic {0}: this member left the group ({1}); it rejoins",
                    key.topic(), g.failure() == null ? "closed" : g.failure().getMessage());
            g.close();
            group = null;
            view = null;
            region = "";
            candidacy = CANDIDACIES.incrementAndGet();
            foundAfter = System.nanoTime() + settings.discoveryDelay().toNanos();
            publishRecord();
            g = null;
        }
        // Members this fabric cannot reach (shared memory on another host) form a group of their own.
        List<MemberRecord> others = domain.records(name, locator).stream()
                .filter(r -> provider.reaches(r.locator())).toList();
        if (g == null) {
            MemberRecord newest = null;
            for (MemberRecord r : others) {
                if (r.member() && (newest == null || r.viewId() > newest.viewId())) {
                    newest = r;
                }
            }
            if (newest != null) {
                if (newest.view().contains(locator)) {
                    join(newest);
                }
            } else {
                long now = System.nanoTime();
                boolean smallest = others.stream().allMatch(r -> locator.compareTo(r.locator()) < 0);
                long giveUp = foundAfter + 3 * settings.discoveryDelay().toNanos();
                if (now - foundAfter >= 0 && (smallest || now - giveUp >= 0)) {
                    found();
                } else {
                    domain.schedule(this::step, Math.max(1_000_000, (now - foundAfter >= 0 ? giveUp : foundAfter) - now));
                }
            }
        } else {
            for (MemberRecord r : others) {
                if (!r.member() && !g.view().memberLocators().contains(r.locator())
                        && r.candidacy() > evicted.getOrDefault(r.locator(), 0L)) {
                    g.requestJoin(r.locator());
                }
            }
        }
        rematch();
    }

    private GroupConfig config() {
        return new GroupConfig(key.atomic() ? DeliveryMode.ORDERED : DeliveryMode.UNORDERED, window, maxPayload,
                List.of(), settings.idle(), settings.suspectAfter());
    }

    private void found() {
        window = settings.window();
        maxPayload = settings.maxPayload();
        storeDepth = storeDepth();
        region = "g" + Long.toHexString(name.hashCode() & 0xffffffffL) + "-"
                + Long.toHexString(ThreadLocalRandom.current().nextLong() & 0xffffffffffffL);
        GroupView first = new GroupView(1, List.of(locator), 0, List.of(0));
        start(first, false);
        if (group != null) {
            LOG.log(System.Logger.Level.INFO, "group topic {0}: founded group {1} on the {2} fabric", key.topic(), region,
                    provider.name());
        }
    }

    private void join(MemberRecord r) {
        if (r.region().equals(triedRegion) && r.viewId() <= joinedView) {
            return; // already tried this view
        }
        window = r.window();
        maxPayload = r.maxPayload();
        storeDepth = r.storeDepth();
        region = r.region();
        int rank = r.view().indexOf(locator);
        List<Integer> senders = new ArrayList<>();
        for (int i = 0; i < r.view().size(); i++) {
            senders.add(i);
        }
        start(new GroupView(r.viewId(), r.view(), rank, senders), true);
    }

    private void start(GroupView first, boolean joining) {
        joinedView = first.viewId();
        triedRegion = region;
        TopicStore store = storeDepth > 0 ? new TransientStore(storeDepth) : NoStore.INSTANCE;
        boolean waitForSnapshot = joining && store.keeps();
        receiver.reset(first, store, waitForSnapshot);
        view = first;
        try {
            MulticastGroup g = joining
                    ? MulticastGroup.join(provider, region, first.viewId(), first.memberLocators(), first.myRank(), config(),
                            receiver, this)
                    : MulticastGroup.open(provider, region, first.viewId(), first.memberLocators(), 0, config(), receiver,
                            this);
            group = g;
            if (waitForSnapshot) {
                byte[] ready = domain.snapshot(MemberRecord.snapshotKey(region, first.viewId()));
                if (ready != null) {
                    g.runOnGroupThread(() -> receiver.snapshotArrived(ready));
                } else {
                    domain.schedule(() -> g.runOnGroupThread(() -> receiver.snapshotArrived(null)),
                            settings.snapshotTimeout().toNanos());
                }
            }
        } catch (FabricException | RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "group topic " + key.topic() + ": could not open view "
                    + first.viewId() + " of " + region + "; retrying", e);
            group = null;
            view = null;
            region = "";
            candidacy = CANDIDACIES.incrementAndGet(); // the view that expected us will drop us: be asked in again
            publishRecord();
            domain.schedule(this::step, settings.discoveryDelay().toNanos() + 1_000_000);
            return;
        }
        publishRecord();
        rematch();
        replayDurableWriters();
    }

    /** A TRANSIENT_LOCAL writer's history, written before this member was in a group, goes to the group now. */
    private void replayDurableWriters() {
        for (LocalWriterEntry e : writerEntries()) {
            if (durable(e.writer.description().qos().getDurability())) {
                replay(e);
            }
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private void replay(LocalWriterEntry e) {
        ((LocalWriter) e.writer).replayHistory(c -> sender.publish(e, (WriterChange<?>) c), () -> { });
    }

    /** A snapshot record arrived (membership thread). */
    void snapshotPublished(String snapshotKey, byte[] snapshot) {
        MulticastGroup g = runningGroup();
        if (g != null && snapshotKey.equals(MemberRecord.snapshotKey(region, joinedView))) {
            g.runOnGroupThread(() -> receiver.snapshotArrived(snapshot));
        }
    }

    private int storeDepth() {
        int depth = 0;
        synchronized (this) {
            for (LocalWriterEntry e : writers) {
                depth = Math.max(depth, depthOf(e.writer.description().qos().getDurability(),
                        e.writer.description().qos().getHistory()));
            }
            for (LocalReader<?> r : readers) {
                depth = Math.max(depth, depthOf(r.description().qos().getDurability(), r.description().qos().getHistory()));
            }
        }
        return depth;
    }

    private int depthOf(Durability durability, History history) {
        if (!durable(durability)) {
            return 0;
        }
        return history.getKind() == History.Kind.KEEP_ALL ? settings.keepAllDepth() : Math.max(1, history.getDepth());
    }

    static boolean durable(Durability durability) {
        return durability.getKind() != Durability.Kind.VOLATILE;
    }

    private void publishRecord() {
        publishRecord(view);
    }

    private void publishRecord(GroupView v) {
        if (closed) {
            return;
        }
        MulticastGroup g = runningGroup();
        List<long[]> w = new ArrayList<>();
        List<long[]> r = new ArrayList<>();
        synchronized (this) {
            for (LocalWriterEntry e : writers) {
                w.add(new long[] {e.high, e.low});
            }
            for (LocalReader<?> reader : allReaders()) {
                r.add(new long[] {reader.guid().high(), reader.guid().low()});
            }
        }
        boolean member = g != null && v != null;
        domain.publish(new MemberRecord(name, locator, member, candidacy, member ? region : "", member ? v.viewId() : 0,
                member ? v.memberLocators() : List.of(), window, maxPayload, storeDepth, w, r));
    }

    // ------------------------------------------------------------ views (group thread)

    @Override
    public void viewInstalled(GroupView next) {
        GroupView previous = view;
        view = next;
        receiver.viewInstalled(next);
        if (previous != null) {
            for (String l : previous.memberLocators()) {
                if (!next.memberLocators().contains(l)) {
                    evicted.put(l, domain.candidacyOf(name, l)); // failed or left: do not ask it in again as is
                }
            }
        }
        matching.unmatchDeparted(next);
        if (previous != null && receiver.store().keeps() && next.viewId() > previous.viewId()) {
            List<String> joined = new ArrayList<>(next.memberLocators());
            joined.removeAll(previous.memberLocators());
            String oldest = null;
            for (String l : previous.memberLocators()) {
                if (next.memberLocators().contains(l)) {
                    oldest = l;
                    break;
                }
            }
            if (!joined.isEmpty() && locator.equals(oldest)) {
                byte[] snapshot = receiver.store().snapshot();
                String snapshotKey = MemberRecord.snapshotKey(region, next.viewId());
                domain.execute(() -> domain.publishSnapshot(snapshotKey, snapshot, settings.snapshotTimeout()));
            }
        }
        domain.execute(() -> {
            publishRecord();
            step();
        });
    }

    @Override
    public void viewDecided(GroupView next) {
        // A joiner learns its view from our record; it must open the view while we do.
        domain.execute(() -> publishRecord(next));
    }

    @Override
    public void stopped(Throwable cause) {
        domain.execute(this::step);
    }

    // ------------------------------------------------------------ life cycle (membership thread)

    private void close() {
        if (closed) {
            return;
        }
        MulticastGroup g = group;
        group = null;
        if (g != null) {
            if (g.isRunning()) {
                g.leave();
            } else {
                g.close();
            }
        }
        closed = true;
        domain.withdraw(MemberRecord.keyOf(name, locator));
    }

    @Override
    public String toString() {
        return "TopicMember[" + name + " " + locator + " " + region + " view " + (view == null ? "-" : view.viewId()) + "]";
    }
}
