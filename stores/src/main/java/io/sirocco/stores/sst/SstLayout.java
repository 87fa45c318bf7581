package io.sirocco.stores.sst;

/**
 * Where each column of the shared state table lives in a row: every column is an aligned 8-byte
 * counter at an explicit offset, the same in every member's row. The counters that change on every
 * predicate pass come first and are contiguous, so one push covers them; the view-change columns
 * follow; a caller-defined tail (the SMC ring) starts on a 64-byte boundary.
 *
 * <p>Counters are counts, not last-indices, so a zeroed row is the correct initial state. All only
 * grow, which is what lets a reader act on whatever value it sees (opportunistic batching).
 */
public final class SstLayout {

    /** Bumped periodically by a live member; peers suspect a member whose heartbeat stops. */
    public static final long HEARTBEAT = 0;
    /** Ordered mode: the first global sequence number not yet received here (all below it are). */
    public static final long SEQ_NUM = 8;
    /** Ordered mode: how many global sequence numbers were delivered here. */
    public static final long DELIVERED_NUM = 16;
    /** How many were persisted (reserved for PersistentStore). */
    public static final long PERSISTED_NUM = 24;
    private static final long NUM_RECEIVED = 32;

    // View-change columns: reserved here so every fabric sees the final row format.
    public static final int VID_SLOT = 0;
    public static final int WEDGED_SLOT = 1;
    public static final int NUM_CHANGES_SLOT = 2;
    public static final int NUM_COMMITTED_SLOT = 3;
    public static final int NUM_ACKED_SLOT = 4;
    public static final int NUM_INSTALLED_SLOT = 5;
    public static final int GLOBAL_MIN_READY_SLOT = 6;
    public static final int RIP_SLOT = 7;
    private static final int VIEW_SCALARS = 8;

    private final int members;
    private final int senders;
    private final long viewBase;
    private final long suspected;
    private final long changes;
    private final long globalMin;
    private final long tailOffset;
    private final int rowBytes;

    /**
     * @param members ranks in the view
     * @param senders how many of them send (columns per sender: num_received, global_min)
     * @param tailBytes bytes after the table (the SMC ring)
     */
    public SstLayout(int members, int senders, long tailBytes) {
        if (members < 1) {
            throw new IllegalArgumentException("members: " + members + " is not at least 1");
        }
        if (senders < 0 || senders > members) {
            throw new IllegalArgumentException("senders: " + senders + " is not in 0.." + members);
        }
        if (tailBytes < 0) {
            throw new IllegalArgumentException("tailBytes: " + tailBytes + " is negative");
        }
        this.members = members;
        this.senders = senders;
        viewBase = NUM_RECEIVED + 8L * senders;
        suspected = viewBase + 8L * VIEW_SCALARS;
        changes = suspected + 8L * members;
        globalMin = changes + 8L * members;
        tailOffset = align(globalMin + 8L * senders, 64);
        long total = align(tailOffset + tailBytes, 8);
        if (total > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("tailBytes: a row of " + total + " bytes is too large");
        }
        rowBytes = (int) total;
    }

    public static long align(long value, long to) {
        return (value + to - 1) & -to;
    }

    public int members() {
        return members;
    }

    public int senders() {
        return senders;
    }

    /** num_received[sender]: how many messages from sender index {@code sender} arrived here. */
    public long numReceived(int sender) {
        return NUM_RECEIVED + 8L * checkSender(sender);
    }

    /** End of the per-pass ("hot") columns: [0, hotEnd) covers heartbeat..num_received. */
    public long hotEnd() {
        return viewBase;
    }

    /** A view-change scalar column (vid, wedged, num_changes, ...; the *_SLOT constants). */
    public long viewScalar(int slot) {
        if (slot < 0 || slot >= VIEW_SCALARS) {
            throw new IllegalArgumentException("slot: " + slot + " is not a view-change column");
        }
        return viewBase + 8L * slot;
    }

    /** suspected[rank]: nonzero once this row's owner suspects {@code rank}. */
    public long suspected(int rank) {
        return suspected + 8L * checkRank(rank);
    }

    /** changes[i]: the i-th proposed membership change (leader's proposal, copied by members). */
    public long changes(int i) {
        return changes + 8L * checkRank(i);
    }

    /** global_min[sender]: ragged-edge trim per sender index, set by the leader at a view change. */
    public long globalMin(int sender) {
        return globalMin + 8L * checkSender(sender);
    }

    /** Where the caller's tail (the SMC ring) starts; 64-byte aligned. */
    public long tailOffset() {
        return tailOffset;
    }

    /** The row size every member must open the fabric with. */
    public int rowBytes() {
        return rowBytes;
    }

    private int checkSender(int sender) {
        if (sender < 0 || sender >= senders) {
            throw new IndexOutOfBoundsException("sender: " + sender + " is not in 0.." + (senders - 1));
        }
        return sender;
    }

    private int checkRank(int rank) {
        if (rank < 0 || rank >= members) {
            throw new IndexOutOfBoundsException("rank: " + rank + " is not in 0.." + (members - 1));
        }
        return rank;
    }
}
