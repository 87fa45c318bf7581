package io.sirocco.stores.group;

import io.sirocco.stores.sst.BackoffIdleStrategy;
import io.sirocco.stores.sst.IdleStrategy;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * How a group runs; every member of a view must use the same mode, window, maxPayload and senders
 * (they fix the row layout and the global order).
 *
 * @param mode ordered (ATOMIC) or unordered (EVENTUAL)
 * @param window slots per sender ring: how many messages a sender may have outstanding
 * @param maxPayload the largest message, in bytes, that fits a slot
 * @param senderRanks the ranks that send, ascending; empty means every member sends
 * @param idle makes one idle strategy per thread (predicate thread, each waiting sender)
 * @param suspectAfter a peer whose heartbeat has not moved for this long is suspected (the fabric's
 *     own failure signal is faster; this catches hung members). Must exceed the longest pause of a
 *     member's group thread, delivery callbacks included.
 */
public record GroupConfig(DeliveryMode mode, int window, int maxPayload, List<Integer> senderRanks,
        Supplier<IdleStrategy> idle, Duration suspectAfter) {

    /** Default {@link #suspectAfter}: one second. */
    public static final Duration DEFAULT_SUSPECT_AFTER = Duration.ofSeconds(1);

    public GroupConfig {
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(idle, "idle");
        Objects.requireNonNull(suspectAfter, "suspectAfter");
        if (suspectAfter.compareTo(Duration.ofMillis(1)) < 0) {
            throw new IllegalArgumentException("suspectAfter: " + suspectAfter + " is shorter than 1 ms");
        }
        if (window < 1) {
            throw new IllegalArgumentException("window: " + window + " is not at least 1");
        }
        if (maxPayload < 0) {
            throw new IllegalArgumentException("maxPayload: " + maxPayload + " is negative");
        }
        senderRanks = List.copyOf(Objects.requireNonNull(senderRanks, "senderRanks"));
        for (int i = 0; i < senderRanks.size(); i++) {
            if (senderRanks.get(i) < 0 || (i > 0 && senderRanks.get(i) <= senderRanks.get(i - 1))) {
                throw new IllegalArgumentException("senderRanks: " + senderRanks
                        + " is not ascending non-negative ranks");
            }
        }
    }

    /** The same settings with the default {@link #suspectAfter}. */
    public GroupConfig(DeliveryMode mode, int window, int maxPayload, List<Integer> senderRanks,
            Supplier<IdleStrategy> idle) {
        this(mode, window, maxPayload, senderRanks, idle, DEFAULT_SUSPECT_AFTER);
    }

    /** Every member sends; 256 slots of 1 KiB; back-off idling; suspicion after one second. */
    public static GroupConfig of(DeliveryMode mode) {
        return new GroupConfig(mode, 256, 1024, List.of(), BackoffIdleStrategy::new, DEFAULT_SUSPECT_AFTER);
    }

    public GroupConfig withWindow(int window) {
        return new GroupConfig(mode, window, maxPayload, senderRanks, idle, suspectAfter);
    }

    public GroupConfig withMaxPayload(int maxPayload) {
        return new GroupConfig(mode, window, maxPayload, senderRanks, idle, suspectAfter);
    }

    public GroupConfig withSenderRanks(List<Integer> senderRanks) {
        return new GroupConfig(mode, window, maxPayload, senderRanks, idle, suspectAfter);
    }

    public GroupConfig withIdle(Supplier<IdleStrategy> idle) {
        return new GroupConfig(mode, window, maxPayload, senderRanks, idle, suspectAfter);
    }

    public GroupConfig withSuspectAfter(Duration suspectAfter) {
        return new GroupConfig(mode, window, maxPayload, senderRanks, idle, suspectAfter);
    }

    /** The senders' ranks for a view of {@code members}, checked against it. */
    int[] senders(int members) {
        if (senderRanks.isEmpty()) {
            int[] all = new int[members];
            for (int r = 0; r < members; r++) {
                all[r] = r;
            }
            return all;
        }
        int last = senderRanks.get(senderRanks.size() - 1);
        if (last >= members) {
            throw new IllegalArgumentException("senderRanks: rank " + last + " is not in a view of " + members
                    + " members");
        }
        return senderRanks.stream().mapToInt(Integer::intValue).toArray();
    }
}
