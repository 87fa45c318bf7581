package io.sirocco.stores.dcps;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The store of a TRANSIENT_LOCAL or TRANSIENT group topic: the last {@code depth} samples of each
 * instance (by key hash), in memory, in delivery order. Every member applies the same deliveries,
 * so every member holds the same content; a joiner starts from a {@link #snapshot}. Dispose and
 * unregister messages are kept like samples, so a late joiner learns that an instance went away.
 *
 * <p>Snapshot format: {@code int count}, then per message {@code int length, bytes}, big endian,
 * in delivery order.
 */
final class TransientStore implements TopicStore {

    private record InstanceKey(long high, long low) {
    }

    private record Kept(long order, byte[] message) {
    }

    private final int depth;
    private final Map<InstanceKey, ArrayDeque<Kept>> instances = new HashMap<>();
    private long applied;

    /** @param depth samples kept per instance (History depth; KEEP_ALL passes a cap) */
    TransientStore(int depth) {
        if (depth < 1) {
            throw new IllegalArgumentException("depth: " + depth + " is not at least 1");
        }
        this.depth = depth;
    }

    @Override
    public void apply(MemorySegment message, long at, int length) {
        InstanceKey key = new InstanceKey(GroupMessage.keyHashHigh(message, at), GroupMessage.keyHashLow(message, at));
        ArrayDeque<Kept> kept = instances.computeIfAbsent(key, k -> new ArrayDeque<>(Math.min(depth, 16)));
        if (kept.size() == depth) {
            kept.removeFirst();
        }
        kept.addLast(new Kept(applied++, message.asSlice(at, length).toArray(ValueLayout.JAVA_BYTE)));
    }

    @Override
    public byte[] snapshot() {
        List<Kept> all = ordered();
        int size = 4;
        for (Kept k : all) {
            size += 4 + k.message.length;
        }
        ByteBuffer out = ByteBuffer.allocate(size).order(ByteOrder.BIG_ENDIAN);
        out.putInt(all.size());
        for (Kept k : all) {
            out.putInt(k.message.length).put(k.message);
        }
        return out.array();
    }

    @Override
    public void forEach(MessageVisitor visitor) {
        for (Kept k : ordered()) {
            visitor.visit(MemorySegment.ofArray(k.message), 0, k.message.length);
        }
    }

    @Override
    public boolean keeps() {
        return true;
    }

    /** Number of messages kept (tests). */
    int size() {
        int n = 0;
        for (ArrayDeque<Kept> d : instances.values()) {
            n += d.size();
        }
        return n;
    }

    private List<Kept> ordered() {
        List<Kept> all = new ArrayList<>();
        for (ArrayDeque<Kept> d : instances.values()) {
            all.addAll(d);
        }
        all.sort(Comparator.comparingLong(Kept::order));
        return all;
    }

    /**
     * Calls {@code visitor} with each message of a snapshot made by {@link #snapshot}.
     *
     * @throws IllegalArgumentException if the bytes are not a well-formed snapshot
     */
    static void readSnapshot(byte[] snapshot, MessageVisitor visitor) {
        ByteBuffer in = ByteBuffer.wrap(snapshot).order(ByteOrder.BIG_ENDIAN);
        if (in.remaining() < 4) {
            throw new IllegalArgumentException("snapshot: " + snapshot.length + " bytes is too short");
        }
        int count = in.getInt();
        MemorySegment whole = MemorySegment.ofArray(snapshot);
        for (int i = 0; i < count; i++) {
            int length = in.remaining() >= 4 ? in.getInt() : -1;
            if (length < GroupMessage.HEADER_SIZE || length > in.remaining()) {
                throw new IllegalArgumentException("snapshot: message " + i + " of " + count + " has a bad length "
                        + length);
            }
            visitor.visit(whole, in.position(), length);
            in.position(in.position() + length);
        }
    }
}
