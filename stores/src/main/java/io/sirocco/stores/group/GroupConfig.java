package io.sirocco.stores.group;

import io.sirocco.stores.sst.BackoffIdleStrategy;
import io.sirocco.stores.sst.IdleStrategy;
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
 */
public record GroupConfig(DeliveryMode mode, int window, int maxPayload, List<Integer> senderRanks,
        Supplier<IdleStrategy> idle) {

    public GroupConfig {
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(idle, "idle");
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

    /** Every member sends; 256 slots of 1 KiB; back-off idling. */
    public static GroupConfig of(DeliveryMode mode) {
        return new GroupConfig(mode, 256, 1024, List.of(), BackoffIdleStrategy::new);
    }

    public GroupConfig withWindow(int window) {
        return new GroupConfig(mode, window, maxPayload, senderRanks, idle);
    }

    public GroupConfig withMaxPayload(int maxPayload) {
        return new GroupConfig(mode, window, maxPayload, senderRanks, idle);
    }

    public GroupConfig withSenderRanks(List<Integer> senderRanks) {
        return new GroupConfig(mode, window, maxPayload, senderRanks, idle);
    }

    public GroupConfig withIdle(Supplier<IdleStrategy> idle) {
        return new GroupConfig(mode, window, maxPayload, senderRanks, idle);
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
