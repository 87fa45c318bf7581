package io.sirocco.dcps.status;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.omg.dds.core.status.DataAvailableStatus;
import org.omg.dds.core.status.DataOnReadersStatus;
import org.omg.dds.core.status.InconsistentTopicStatus;
import org.omg.dds.core.status.LivelinessChangedStatus;
import org.omg.dds.core.status.LivelinessLostStatus;
import org.omg.dds.core.status.OfferedDeadlineMissedStatus;
import org.omg.dds.core.status.OfferedIncompatibleQosStatus;
import org.omg.dds.core.status.PublicationMatchedStatus;
import org.omg.dds.core.status.RequestedDeadlineMissedStatus;
import org.omg.dds.core.status.RequestedIncompatibleQosStatus;
import org.omg.dds.core.status.SampleLostStatus;
import org.omg.dds.core.status.SampleRejectedStatus;
import org.omg.dds.core.status.Status;
import org.omg.dds.core.status.SubscriptionMatchedStatus;

/**
 * The status kinds, that is the 13 OMG status classes, as the sets that listener masks, status
 * conditions and {@code getStatusChanges()} use. Sets built here are validated, unmodifiable and in
 * a fixed order; each kind also has the bit of the DDS {@code StatusMask}, for code that keeps
 * masks as an {@code int}.
 */
public final class StatusKinds {
    private static final Map<Class<? extends Status>, Integer> BITS = bits();

    /** All 13 status kinds, unmodifiable. */
    public static final Set<Class<? extends Status>> ALL =
            Collections.unmodifiableSet(new LinkedHashSet<>(BITS.keySet()));

    /** No status kind. */
    public static final Set<Class<? extends Status>> NONE = Set.of();

    private StatusKinds() {
    }

    /** The kinds in the order of their DDS mask bits, with those bits. */
    private static Map<Class<? extends Status>, Integer> bits() {
        Map<Class<? extends Status>, Integer> bits = new LinkedHashMap<>();
        bits.put(InconsistentTopicStatus.class, 1);
        bits.put(OfferedDeadlineMissedStatus.class, 1 << 1);
        bits.put(RequestedDeadlineMissedStatus.class, 1 << 2);
        bits.put(OfferedIncompatibleQosStatus.class, 1 << 5);
        bits.put(RequestedIncompatibleQosStatus.class, 1 << 6);
        bits.put(SampleLostStatus.class, 1 << 7);
        bits.put(SampleRejectedStatus.class, 1 << 8);
        bits.put(DataOnReadersStatus.class, 1 << 9);
        bits.put(DataAvailableStatus.class, 1 << 10);
        bits.put(LivelinessLostStatus.class, 1 << 11);
        bits.put(LivelinessChangedStatus.class, 1 << 12);
        bits.put(PublicationMatchedStatus.class, 1 << 13);
        bits.put(SubscriptionMatchedStatus.class, 1 << 14);
        return Collections.unmodifiableMap(bits);
    }

    /**
     * The given kinds as a validated, unmodifiable set.
     *
     * @throws IllegalArgumentException if {@code statuses} is null, holds null, or holds a class
     *         that is not one of the 13 status kinds (such as {@code Status.class} or an
     *         implementation class)
     */
    public static Set<Class<? extends Status>> of(Collection<? extends Class<? extends Status>> statuses) {
        return fromMask(mask(statuses));
    }

    /** As {@link #of(Collection)}. */
    @SafeVarargs
    public static Set<Class<? extends Status>> of(Class<? extends Status>... statuses) {
        if (statuses == null) {
            throw new IllegalArgumentException("statuses must not be null");
        }
        int mask = 0;
        for (Class<? extends Status> kind : statuses) {
            mask |= bit(kind);
        }
        return fromMask(mask);
    }

    /** The DDS mask bit of one kind. */
    public static int bit(Class<? extends Status> kind) {
        Integer bit = BITS.get(kind);
        if (bit == null) {
            throw new IllegalArgumentException(kind == null ? "statuses must not contain null"
                    : "statuses holds " + kind.getName() + ", which is not one of the 13 DDS status kinds");
        }
        return bit;
    }

    /** The DDS mask of the given kinds, validated as in {@link #of(Collection)}. */
    public static int mask(Collection<? extends Class<? extends Status>> statuses) {
        if (statuses == null) {
            throw new IllegalArgumentException("statuses must not be null");
        }
        int mask = 0;
        for (Class<? extends Status> kind : statuses) {
            mask |= bit(kind);
        }
        return mask;
    }

    /** The kinds whose bits are set in {@code mask}; bits of no kind are ignored. */
    public static Set<Class<? extends Status>> fromMask(int mask) {
        if (mask == 0) {
            return NONE;
        }
        Set<Class<? extends Status>> kinds = new LinkedHashSet<>();
        BITS.forEach((kind, bit) -> {
            if ((mask & bit) != 0) {
                kinds.add(kind);
            }
        });
        return Collections.unmodifiableSet(kinds);
    }
}
