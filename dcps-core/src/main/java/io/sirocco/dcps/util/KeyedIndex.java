package io.sirocco.dcps.util;

import io.sirocco.dcps.type.TypeCodec;
import java.util.Arrays;

/**
 * Instances by key, looked up with a sample whose key fields identify them: hashing and equality
 * go through the type's codec, so a lookup on the write or delivery path does not build a key
 * object. Not thread-safe: callers lock.
 *
 * @param <T> the sample type
 * @param <I> the instance type
 */
public final class KeyedIndex<T, I extends KeyedIndex.Entry<T>> {

    /** What the index stores: something that holds a key sample. */
    public interface Entry<T> {
        /** A sample holding (at least) the instance's key fields. */
        T keyHolder();
    }

    private final TypeCodec<T> codec;
    private Object[] entries = new Object[16];
    private int[] hashes = new int[16];
    private int size;
    private int mask = 15;

    public KeyedIndex(TypeCodec<T> codec) {
        this.codec = codec;
    }

    private static int spread(int h) {
        return (h ^ (h >>> 16)) * 0x45d9f3b;
    }

    /** The instance whose key equals the key fields of {@code sample}, or {@code null}. */
    @SuppressWarnings("unchecked")
    public I find(T sample) {
        int hash = spread(codec.keyHashCode(sample));
        int i = hash & mask;
        while (true) {
            Object entry = entries[i];
            if (entry == null) {
                return null;
            }
            if (hashes[i] == hash && codec.keyEquals(((I) entry).keyHolder(), sample)) {
                return (I) entry;
            }
            i = (i + 1) & mask;
        }
    }

    /** Adds an instance whose key is not in the index yet. */
    public void add(I instance) {
        if ((size + 1) * 4 > entries.length * 3) {
            grow();
        }
        insert(instance, spread(codec.keyHashCode(instance.keyHolder())));
        size++;
    }

    private void insert(Object instance, int hash) {
        int i = hash & mask;
        while (entries[i] != null) {
            i = (i + 1) & mask;
        }
        entries[i] = instance;
        hashes[i] = hash;
    }

    /** Removes {@code instance} (by identity). */
    public void remove(I instance) {
        int hash = spread(codec.keyHashCode(instance.keyHolder()));
        int i = hash & mask;
        while (entries[i] != instance) {
            if (entries[i] == null) {
                return;
            }
            i = (i + 1) & mask;
        }
        size--;
        int gap = i;
        int j = i;
        while (true) {
            j = (j + 1) & mask;
            if (entries[j] == null) {
                break;
            }
            int home = hashes[j] & mask;
            boolean movable = gap <= j ? (home <= gap || home > j) : (home <= gap && home > j);
            if (movable) {
                entries[gap] = entries[j];
                hashes[gap] = hashes[j];
                gap = j;
            }
        }
        entries[gap] = null;
    }

    public int size() {
        return size;
    }

    private void grow() {
        Object[] oldEntries = entries;
        int[] oldHashes = hashes;
        entries = new Object[oldEntries.length * 2];
        hashes = new int[oldEntries.length * 2];
        mask = entries.length - 1;
        for (int i = 0; i < oldEntries.length; i++) {
            if (oldEntries[i] != null) {
                insert(oldEntries[i], oldHashes[i]);
            }
        }
    }

    public void clear() {
        Arrays.fill(entries, null);
        size = 0;
    }
}
