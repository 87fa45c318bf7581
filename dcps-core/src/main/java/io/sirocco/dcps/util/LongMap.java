package io.sirocco.dcps.util;

import java.util.Arrays;

/**
 * An open-addressing map from {@code long} (instance handles) to objects, so that handle lookups
 * on the write and read paths neither box nor allocate. Not thread-safe: callers lock.
 */
public final class LongMap<V> {
    private static final long EMPTY = 0;
    private long[] keys;
    private Object[] values;
    private int size;
    private int mask;

    public LongMap() {
        keys = new long[16];
        values = new Object[16];
        mask = 15;
    }

    private static int slot(long key, int mask) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32)) & mask;
    }

    /** The value for {@code key} (which must not be 0), or {@code null}. */
    @SuppressWarnings("unchecked")
    public V get(long key) {
        int i = slot(key, mask);
        while (true) {
            long k = keys[i];
            if (k == key) {
                return (V) values[i];
            }
            if (k == EMPTY) {
                return null;
            }
            i = (i + 1) & mask;
        }
    }

    public void put(long key, V value) {
        if (key == EMPTY) {
            throw new IllegalArgumentException("key 0 is reserved");
        }
        if ((size + 1) * 4 > keys.length * 3) {
            grow();
        }
        int i = slot(key, mask);
        while (keys[i] != EMPTY && keys[i] != key) {
            i = (i + 1) & mask;
        }
        if (keys[i] == EMPTY) {
            size++;
        }
        keys[i] = key;
        values[i] = value;
    }

    /** Removes {@code key}, shifting later entries of its cluster back (no tombstones). */
    @SuppressWarnings("unchecked")
    public V remove(long key) {
        int i = slot(key, mask);
        while (keys[i] != key) {
            if (keys[i] == EMPTY) {
                return null;
            }
            i = (i + 1) & mask;
        }
        V old = (V) values[i];
        size--;
        int gap = i;
        int j = i;
        while (true) {
            j = (j + 1) & mask;
            long k = keys[j];
            if (k == EMPTY) {
                break;
            }
            int home = slot(k, mask);
            boolean movable = gap <= j ? (home <= gap || home > j) : (home <= gap && home > j);
            if (movable) {
                keys[gap] = k;
                values[gap] = values[j];
                gap = j;
            }
        }
        keys[gap] = EMPTY;
        values[gap] = null;
        return old;
    }

    public int size() {
        return size;
    }

    /** The smallest key, or {@link Long#MAX_VALUE} when empty (a scan of the table). */
    public long minKey() {
        long min = Long.MAX_VALUE;
        for (long key : keys) {
            if (key != EMPTY && key < min) {
                min = key;
            }
        }
        return min;
    }

    public void clear() {
        Arrays.fill(keys, EMPTY);
        Arrays.fill(values, null);
        size = 0;
    }

    @SuppressWarnings("unchecked")
    private void grow() {
        long[] oldKeys = keys;
        Object[] oldValues = values;
        keys = new long[oldKeys.length * 2];
        values = new Object[oldKeys.length * 2];
        mask = keys.length - 1;
        size = 0;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != EMPTY) {
                put(oldKeys[i], (V) oldValues[i]);
            }
        }
    }
}
