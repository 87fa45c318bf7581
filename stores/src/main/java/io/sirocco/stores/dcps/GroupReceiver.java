package io.sirocco.stores.dcps;

import io.sirocco.dcps.entity.DeferredNotifications;
import io.sirocco.dcps.spi.ChangeKind;
import io.sirocco.dcps.spi.DeliveryResult;
import io.sirocco.dcps.spi.MatchedWriter;
import io.sirocco.dcps.type.cdr.CdrInput;
import io.sirocco.dcps.type.cdr.Encapsulation;
import io.sirocco.dcps.type.cdr.XcdrVersion;
import io.sirocco.dcps.type.kryo.KryoCodec;
import io.sirocco.stores.group.DeliveryHandler;
import io.sirocco.stores.group.GroupView;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The group thread's side of a group topic: reassembles fragmented samples per sender, applies
 * each sample to the store, and delivers it, serialized, to every local reader that matched its
 * writer, in delivery order. While a joiner waits for the store's state, deliveries are buffered and
 * replayed after it. Nothing is allocated per sample in steady state (unfragmented samples, known
 * writers, NoStore).
 */
final class GroupReceiver implements DeliveryHandler {
    private static final System.Logger LOG = System.getLogger(GroupReceiver.class.getName());
    /** How long one delivery waits for a reader whose resource limits are full before counting the sample lost. */
    private static final long REJECTED_WAIT_NANOS = TimeUnit.MILLISECONDS.toNanos(200);

    private final TopicMember member;
    private final CdrInput in = new CdrInput();
    private byte[] body = new byte[256];
    private volatile WriterChannel[] channels = new WriterChannel[0];
    private GroupView view;
    private TopicStore store = NoStore.INSTANCE;
    /**
     * Samples being reassembled from fragments, by sender locator: a sender blocked mid-sample by a
     * view change goes on in the next view under another rank.
     */
    private final java.util.Map<String, Assembly> assemblies = new java.util.HashMap<>();

    private static final class Assembly {
        byte[] bytes;
        int length;
    }
    private boolean awaitingSnapshot;
    private final List<byte[]> buffered = new ArrayList<>();
    private long malformed;

    GroupReceiver(TopicMember member) {
        this.member = member;
    }

    // ------------------------------------------------------------ set-up (before the group thread starts, or on it)

    /** The view deliveries are ranked in; the store; whether to wait for a snapshot first. */
    void reset(GroupView firstView, TopicStore newStore, boolean waitForSnapshot) {
        view = firstView;
        store = newStore;
        awaitingSnapshot = waitForSnapshot;
        buffered.clear();
        assemblies.clear();
    }

    void viewInstalled(GroupView next) {
        view = next;
        assemblies.keySet().retainAll(next.memberLocators());
    }

    TopicStore store() {
        return store;
    }

    WriterChannel[] channels() {
        return channels;
    }

    /** Replaces the channel table (member's lock held). */
    void channels(WriterChannel[] now) {
        channels = now;
    }

    long malformed() {
        return malformed;
    }

    // ------------------------------------------------------------ delivery (group thread)

    @Override
    public void deliver(int senderRank, long index, long globalSeq, MemorySegment row, long offset, int length) {
        if (length < GroupMessage.HEADER_SIZE) {
            malformed++;
            return;
        }
        int flags = GroupMessage.flags(row, offset);
        if ((flags & (GroupMessage.FIRST | GroupMessage.LAST)) != (GroupMessage.FIRST | GroupMessage.LAST)) {
            fragment(senderRank, row, offset, length, flags);
            return;
        }
        accept(row, offset, length, view.memberLocators().get(senderRank));
    }

    private void fragment(int rank, MemorySegment row, long offset, int length, int flags) {
        String sender = view.memberLocators().get(rank);
        Assembly a = assemblies.get(sender);
        if ((flags & GroupMessage.FIRST) != 0) {
            int total = GroupMessage.totalLength(row, offset);
            if (total < 0 || total > member.maxSampleBytes()) {
                malformed++;
                assemblies.remove(sender);
                return;
            }
            if (a == null) {
                a = new Assembly();
                assemblies.put(sender, a);
            }
            if (a.bytes == null || a.bytes.length < GroupMessage.HEADER_SIZE + total) {
                a.bytes = new byte[GroupMessage.HEADER_SIZE + total];
            }
            MemorySegment.copy(row, ValueLayout.JAVA_BYTE, offset, a.bytes, 0, GroupMessage.HEADER_SIZE);
            a.length = GroupMessage.HEADER_SIZE;
        }
        int part = length - GroupMessage.HEADER_SIZE;
        if (a == null || a.length < 0 || a.length + part > a.bytes.length) {
            malformed++;
            if (a != null) {
                a.length = -1; // drop the rest of this sample
            }
            return;
        }
        MemorySegment.copy(row, ValueLayout.JAVA_BYTE, offset + GroupMessage.HEADER_SIZE, a.bytes, a.length, part);
        a.length += part;
        if ((flags & GroupMessage.LAST) != 0) {
            MemorySegment whole = MemorySegment.ofArray(a.bytes);
            whole.set(ValueLayout.JAVA_BYTE, GroupMessage.FLAGS,
                    (byte) (flags | GroupMessage.FIRST | GroupMessage.LAST));
            int n = a.length;
            a.length = -1;
            accept(whole, 0, n, sender);
        }
    }

    private void accept(MemorySegment message, long at, int length, String senderLocator) {
        if (awaitingSnapshot) {
            byte[] copy = new byte[length];
            MemorySegment.copy(message, ValueLayout.JAVA_BYTE, at, copy, 0, length);
            buffered.add(copy);
            buffered.add(senderLocator.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return;
        }
        store.apply(message, at, length);
        dispatch(message, at, length, senderLocator, false, null);
    }

    /**
     * Applies the store's state received by a joiner, then what was delivered meanwhile (group
     * thread). {@code snapshot} null: none came in time, deliver what was buffered.
     */
    void snapshotArrived(byte[] snapshot) {
        if (!awaitingSnapshot) {
            return;
        }
        awaitingSnapshot = false;
        if (snapshot != null) {
            try {
                TransientStore.readSnapshot(snapshot, (m, at, len) -> {
                    store.apply(m, at, len);
                    dispatch(m, at, len, null, true, null);
                });
            } catch (IllegalArgumentException e) {
                malformed++;
                LOG.log(System.Logger.Level.WARNING, "group topic state from another member is damaged; "
                        + "this member goes on without the rest of it: " + e.getMessage());
            }
        }
        for (int i = 0; i < buffered.size(); i += 2) {
            byte[] m = buffered.get(i);
            accept(MemorySegment.ofArray(m), 0, m.length,
                    new String(buffered.get(i + 1), java.nio.charset.StandardCharsets.UTF_8));
        }
        buffered.clear();
        endOfBatch();
    }

    /** Gives a new durable local reader the store's history (group thread). */
    void replayStore(io.sirocco.dcps.spi.LocalReader<?> reader) {
        store.forEach((m, at, len) -> dispatch(m, at, len, null, true, reader));
        DeferredNotifications.current().flush();
    }

    /**
     * Delivers one whole sample to the readers that matched its writer.
     *
     * @param historical from the store (only durable readers take it), not a live delivery
     * @param only deliver to this reader only, or null for all
     */
    private void dispatch(MemorySegment m, long at, int length, String senderLocator, boolean historical,
            io.sirocco.dcps.spi.LocalReader<?> only) {
        long high = GroupMessage.writerHigh(m, at);
        long low = GroupMessage.writerLow(m, at);
        WriterChannel channel = find(high, low);
        if (channel == null) {
            channel = member.channelFor(high, low, senderLocator);
        }
        ChangeKind kind = GroupMessage.kind(m, at);
        int bodyLength = length - GroupMessage.HEADER_SIZE;
        if (kind == null || bodyLength < Encapsulation.HEADER_SIZE) {
            malformed++;
            return;
        }
        long sequence = GroupMessage.sequence(m, at);
        if (!historical && channel.local != null) {
            channel.local.delivered(sequence);
        }
        WriterChannel.Target[] targets = channel.targets;
        if (targets.length == 0) {
            return;
        }
        if (body.length < bodyLength) {
            body = new byte[Math.max(bodyLength, body.length * 2)];
        }
        MemorySegment.copy(m, ValueLayout.JAVA_BYTE, at + GroupMessage.HEADER_SIZE, body, 0, bodyLength);
        boolean keyOnly = (GroupMessage.flags(m, at) & GroupMessage.KEY_ONLY) != 0;
        long timestamp = GroupMessage.timestamp(m, at);
        for (WriterChannel.Target t : targets) {
            if ((historical && !t.durable()) || (only != null && t.reader() != only)) {
                continue;
            }
            if (!wrap(bodyLength)) {
                malformed++;
                return;
            }
            try {
                deliverTo(t.channel(), sequence, kind, timestamp, keyOnly);
            } catch (RuntimeException e) {
                // Undecodable bytes from another member must not stop the group for everyone here.
                malformed++;
                LOG.log(System.Logger.Level.WARNING, "a group topic sample could not be delivered; dropped", e);
            }
        }
    }

    /** Once per delivery pass: listeners and conditions of the readers fire, local writers get their acknowledgements. */
    @Override
    public void endOfBatch() {
        DeferredNotifications.current().flush();
        for (WriterChannel c : channels) {
            if (c.local != null) {
                c.local.applyAcknowledgements();
            }
        }
    }

    private boolean wrap(int bodyLength) {
        int id = Encapsulation.readIdentifier(body, 0);
        if (id == KryoCodec.ENCAPSULATION_ID) {
            in.wrap(body, 4, bodyLength - 4, XcdrVersion.XCDR2, ByteOrder.LITTLE_ENDIAN);
        } else if (Encapsulation.isXcdr(id)) {
            in.wrapEncapsulated(body, 0, bodyLength);
        } else {
            return false;
        }
        return true;
    }

    private void deliverTo(MatchedWriter<?> channel, long sequence, ChangeKind kind, long timestamp, boolean keyOnly) {
        int start = in.position();
        DeliveryResult r = channel.deliverSerialized(sequence, kind, timestamp, Long.MAX_VALUE, in, keyOnly, null);
        long deadline = System.nanoTime() + REJECTED_WAIT_NANOS;
        while (r == DeliveryResult.REJECTED) {
            // Ordered delivery cannot skip a sample for one reader: wait a little for room, as a
            // reliable RTPS reader would make the writer resend; then count it lost for that reader.
            if (!channel.awaitSpace(deadline)) {
                channel.lost(1);
                LOG.log(System.Logger.Level.DEBUG, "a group topic reader stayed full; one sample is lost for it");
                return;
            }
            in.position(start);
            r = channel.deliverSerialized(sequence, kind, timestamp, Long.MAX_VALUE, in, keyOnly, null);
        }
    }

    private WriterChannel find(long high, long low) {
        for (WriterChannel c : channels) {
            if (c.is(high, low)) {
                return c;
            }
        }
        return null;
    }

    @Override
    public String toString() {
        return "GroupReceiver[" + Arrays.toString(channels) + "]";
    }
}
