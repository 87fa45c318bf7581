package io.sirocco.stores.dcps;

import io.sirocco.dcps.core.Guid;
import io.sirocco.dcps.spi.LocalReader;
import io.sirocco.dcps.spi.MatchedReader;
import io.sirocco.dcps.spi.MatchedWriter;
import io.sirocco.dcps.spi.ReaderDescription;
import io.sirocco.dcps.spi.WriterDescription;
import io.sirocco.stores.group.GroupView;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Matches a {@link TopicMember}'s local endpoints with the group's: on the readers' side a
 * {@link WriterChannel} per writer (local, or in another member of the view) with the local readers
 * DCPS matched to it; on the writers' side each local writer's matched readers (local and remote).
 * Works under the member's monitor, except the writers' side, which DCPS does under the writer's
 * lock and which must not nest inside ours.
 */
final class TopicMatching {
    private final TopicMember member;
    private final GroupReceiver receiver;
    /** Hashes of remote writer GUIDs seen in a record (guarded by the member's monitor). */
    private final Set<Long> recordedWriters = new HashSet<>();

    TopicMatching(TopicMember member, GroupReceiver receiver) {
        this.member = member;
        this.receiver = receiver;
    }

    /** At a view boundary (group thread): unmatches the writers of members that are gone. */
    void unmatchDeparted(GroupView next) {
        synchronized (member) {
            List<WriterChannel> keep = new ArrayList<>();
            for (WriterChannel c : receiver.channels()) {
                if (c.local != null || c.memberLocator == null || next.memberLocators().contains(c.memberLocator)) {
                    keep.add(c);
                } else {
                    unmatchAll(c);
                }
            }
            receiver.channels(keep.toArray(WriterChannel[]::new));
        }
    }

    /**
     * The channel of writer {@code high:low}, created and matched with every local reader if new
     * (group thread, for a writer whose first sample comes before its member's record).
     */
    WriterChannel channelFor(long high, long low, String memberLocator) {
        synchronized (member) {
            return channelForLocked(high, low, memberLocator);
        }
    }

    private WriterChannel channelForLocked(long high, long low, String memberLocator) {
        for (WriterChannel c : receiver.channels()) {
            if (c.is(high, low)) {
                return c;
            }
        }
        LocalWriterEntry local = null;
        for (LocalWriterEntry e : member.writers()) {
            if (e.high == high && e.low == low) {
                local = e;
            }
        }
        WriterChannel c = new WriterChannel(high, low, local != null ? member.locator() : memberLocator, local);
        for (LocalReader<?> r : member.allReaders()) {
            matchInto(c, r);
        }
        WriterChannel[] old = receiver.channels();
        WriterChannel[] now = java.util.Arrays.copyOf(old, old.length + 1);
        now[old.length] = c;
        receiver.channels(now);
        return c;
    }

    private void matchInto(WriterChannel c, LocalReader<?> r) {
        if (c.hasTarget(r)) {
            return;
        }
        Guid guid = Guid.of(c.high, c.low);
        WriterDescription d = c.local != null ? c.local.writer.description()
                : RemoteEndpoints.writerFor(guid, r.description(), member.environment());
        MatchedWriter<?> m = r.matchWriter(d);
        if (m != null) {
            c.add(new WriterChannel.Target(r, m, TopicMember.durable(r.description().qos().getDurability())));
        }
    }

    private static void unmatchAll(WriterChannel c) {
        Guid guid = Guid.of(c.high, c.low);
        for (WriterChannel.Target t : c.targets) {
            t.reader().unmatchWriter(guid);
        }
        c.targets = new WriterChannel.Target[0];
    }

    /**
     * Brings matches in line with view {@code v} (null: not in a running group, so nothing matches)
     * and {@code inView}, the records of its other members (membership thread).
     */
    void rematch(GroupView v, List<MemberRecord> inView) {
        List<Runnable> writerSide = new ArrayList<>();
        synchronized (member) {
            // readers' side: channels of local and remote writers
            List<WriterChannel> keep = new ArrayList<>();
            Set<Long> listed = new HashSet<>();
            for (MemberRecord r : inView) {
                for (long[] g : r.writers()) {
                    listed.add(g[0] * 31 + g[1]);
                }
            }
            for (WriterChannel c : receiver.channels()) {
                long h = c.high * 31 + c.low;
                boolean localLive = c.local != null && member.writers().contains(c.local) && v != null;
                boolean remoteLive = c.local == null && v != null && (c.memberLocator == null
                        || v.memberLocators().contains(c.memberLocator))
                        && (listed.contains(h) || !recordedWriters.contains(h));
                if (localLive || remoteLive) {
                    keep.add(c);
                } else {
                    unmatchAll(c);
                    recordedWriters.remove(h);
                }
            }
            receiver.channels(keep.toArray(WriterChannel[]::new));
            if (v != null) {
                for (LocalWriterEntry e : member.writers()) {
                    channelForLocked(e.high, e.low, member.locator());
                }
                for (MemberRecord r : inView) {
                    for (long[] g : r.writers()) {
                        recordedWriters.add(g[0] * 31 + g[1]);
                        channelForLocked(g[0], g[1], r.locator());
                    }
                }
                for (WriterChannel c : receiver.channels()) {
                    for (LocalReader<?> reader : member.allReaders()) {
                        matchInto(c, reader);
                    }
                }
            }
            // writers' side: local and remote readers of each local writer
            for (LocalWriterEntry e : member.writers()) {
                Map<Guid, ReaderDescription> wanted = new HashMap<>();
                if (v != null) {
                    for (LocalReader<?> reader : member.allReaders()) {
                        wanted.put(reader.guid(), reader.description());
                    }
                    for (MemberRecord r : inView) {
                        for (long[] g : r.readers()) {
                            Guid guid = Guid.of(g[0], g[1]);
                            wanted.put(guid, RemoteEndpoints.readerFor(guid, e.writer.description(), member.environment()));
                        }
                    }
                }
                writerSide.add(() -> matchReaders(e, wanted));
            }
        }
        writerSide.forEach(Runnable::run); // outside our monitor: DCPS takes the writer's lock
    }

    private static void matchReaders(LocalWriterEntry e, Map<Guid, ReaderDescription> wanted) {
        for (Guid g : List.copyOf(e.readers.keySet())) {
            if (!wanted.containsKey(g)) {
                e.readers.remove(g);
                e.writer.unmatchReader(g);
            }
        }
        for (Map.Entry<Guid, ReaderDescription> w : wanted.entrySet()) {
            if (!e.readers.containsKey(w.getKey())) {
                MatchedReader m = e.writer.matchReader(w.getValue());
                if (m != null) {
                    e.readers.put(w.getKey(), m);
                }
            }
        }
    }
}
