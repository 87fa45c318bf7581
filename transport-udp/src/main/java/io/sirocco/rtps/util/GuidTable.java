package io.sirocco.rtps.util;

import io.sirocco.dcps.core.Guid;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * An immutable map from GUIDs (as their two 64-bit halves) to values, looked up without allocating:
 * the receive path finds the endpoints of a submessage here for every datagram. Changes (matching,
 * discovery) are rare, so they copy: writers publish a new table through a volatile field and
 * readers never lock.
 *
 * @param <V> the value type
 */
public final class GuidTable<V> {
    private static final GuidTable<?> EMPTY = new GuidTable<>(new long[0], new long[0], new Object[0], 0);

    private final long[] highs;
    private final long[] lows;
    private final Object[] values;
    private final int size;

    private GuidTable(long[] highs, long[] lows, Object[] values, int size) {
        this.highs = highs;
        this.lows = lows;
        this.values = values;
        this.size = size;
    }

    @SuppressWarnings("unchecked")
    public static <V> GuidTable<V> empty() {
        return (GuidTable<V>) EMPTY;
    }

    public int size() {
        return size;
    }

    private static int slot(long high, long low, int mask) {
        long h = high * 0x9E3779B97F4A7C15L ^ low * 0xC2B2AE3D27D4EB4FL;
        return (int) (h ^ (h >>> 29)) & mask;
    }

    /** The value for the GUID, or {@code null}. */
    @SuppressWarnings("unchecked")
    public V get(long high, long low) {
        int capacity = values.length;
        if (capacity == 0) {
            return null;
        }
        int mask = capacity - 1;
        for (int i = slot(high, low, mask);; i = (i + 1) & mask) {
            Object value = values[i];
            if (value == null) {
                return null;
            }
            if (highs[i] == high && lows[i] == low) {
                return (V) value;
            }
        }
    }

    public V get(Guid guid) {
        return get(guid.high(), guid.low());
    }

    /** A table with {@code guid} mapped to {@code value} (replacing any previous value). */
    public GuidTable<V> with(Guid guid, V value) {
        List<Guid> keys = new ArrayList<>(size + 1);
        List<V> vals = new ArrayList<>(size + 1);
        forEach((k, v) -> {
            if (!k.equals(guid)) {
                keys.add(k);
                vals.add(v);
            }
        });
        keys.add(guid);
        vals.add(value);
        return build(keys, vals);
    }

    /** A table without {@code guid}. */
    public GuidTable<V> without(Guid guid) {
        if (get(guid) == null) {
            return this;
        }
        List<Guid> keys = new ArrayList<>(size);
        List<V> vals = new ArrayList<>(size);
        forEach((k, v) -> {
            if (!k.equals(guid)) {
                keys.add(k);
                vals.add(v);
            }
        });
        return build(keys, vals);
    }

    @SuppressWarnings("unchecked")
    public void forEach(BiConsumer<Guid, V> action) {
        for (int i = 0; i < values.length; i++) {
            if (values[i] != null) {
                action.accept(Guid.of(highs[i], lows[i]), (V) values[i]);
            }
        }
    }

    /** The values, in no particular order. */
    @SuppressWarnings("unchecked")
    public List<V> values() {
        List<V> list = new ArrayList<>(size);
        for (Object value : values) {
            if (value != null) {
                list.add((V) value);
            }
        }
        return list;
    }

    private static <V> GuidTable<V> build(List<Guid> keys, List<V> vals) {
        if (keys.isEmpty()) {
            return empty();
        }
        int capacity = Integer.highestOneBit(Math.max(4, keys.size() * 2 - 1)) << 1;
        long[] highs = new long[capacity];
        long[] lows = new long[capacity];
        Object[] values = new Object[capacity];
        int mask = capacity - 1;
        for (int k = 0; k < keys.size(); k++) {
            Guid guid = keys.get(k);
            int i = slot(guid.high(), guid.low(), mask);
            while (values[i] != null) {
                i = (i + 1) & mask;
            }
            highs[i] = guid.high();
            lows[i] = guid.low();
            values[i] = vals.get(k);
        }
        return new GuidTable<>(highs, lows, values, keys.size());
    }
}
