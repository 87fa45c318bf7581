package io.sirocco.dcps.entity;

import java.util.Collection;
import java.util.LinkedHashSet;
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
 * The communication statuses, each with the bit the DCPS specification gives it. Entities keep
 * their changed and enabled statuses as {@code int} masks of these bits.
 */
public enum StatusKind {
    INCONSISTENT_TOPIC(1, InconsistentTopicStatus.class),
    OFFERED_DEADLINE_MISSED(1 << 1, OfferedDeadlineMissedStatus.class),
    REQUESTED_DEADLINE_MISSED(1 << 2, RequestedDeadlineMissedStatus.class),
    OFFERED_INCOMPATIBLE_QOS(1 << 5, OfferedIncompatibleQosStatus.class),
    REQUESTED_INCOMPATIBLE_QOS(1 << 6, RequestedIncompatibleQosStatus.class),
    SAMPLE_LOST(1 << 7, SampleLostStatus.class),
    SAMPLE_REJECTED(1 << 8, SampleRejectedStatus.class),
    DATA_ON_READERS(1 << 9, DataOnReadersStatus.class),
    DATA_AVAILABLE(1 << 10, DataAvailableStatus.class),
    LIVELINESS_LOST(1 << 11, LivelinessLostStatus.class),
    LIVELINESS_CHANGED(1 << 12, LivelinessChangedStatus.class),
    PUBLICATION_MATCHED(1 << 13, PublicationMatchedStatus.class),
    SUBSCRIPTION_MATCHED(1 << 14, SubscriptionMatchedStatus.class);

    /** Every status bit. */
    public static final int ALL_MASK = maskOfAll();

    private static final StatusKind[] VALUES = values();

    public final int bit;
    public final Class<? extends Status> statusClass;

    StatusKind(int bit, Class<? extends Status> statusClass) {
        this.bit = bit;
        this.statusClass = statusClass;
    }

    private static int maskOfAll() {
        int mask = 0;
        for (StatusKind kind : values()) {
            mask |= kind.bit;
        }
        return mask;
    }

    /** The kind of a status class, accepting subclasses (implementation snapshots). */
    public static StatusKind of(Class<? extends Status> statusClass) {
        for (StatusKind kind : VALUES) {
            if (kind.statusClass.isAssignableFrom(statusClass)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("statuses: " + statusClass.getName() + " is not a DDS status class");
    }

    /**
     * The mask of the given status classes. As in the PSM (and OpenSplice), {@code null} means
     * every status, an empty collection none, and a collection holding only {@code null} every status.
     */
    public static int maskOf(Collection<Class<? extends Status>> statuses) {
        if (statuses == null) {
            return ALL_MASK;
        }
        if (statuses.size() == 1 && statuses.iterator().next() == null) {
            return ALL_MASK;
        }
        int mask = 0;
        for (Class<? extends Status> status : statuses) {
            if (status == null) {
                throw new IllegalArgumentException("statuses must not contain null");
            }
            if (status == Status.class) {
                return ALL_MASK;
            }
            mask |= of(status).bit;
        }
        return mask;
    }

    /**
     * The mask of varargs status classes, with OpenSplice's meaning: no classes means no status,
     * a {@code null} array or a single {@code null} element means every status.
     */
    @SafeVarargs
    public static int maskOf(Class<? extends Status>... statuses) {
        if (statuses == null) {
            return ALL_MASK;
        }
        return maskOf(java.util.Arrays.asList(statuses));
    }

    /** The status classes of a mask, in bit order. */
    public static Set<Class<? extends Status>> classesOf(int mask) {
        Set<Class<? extends Status>> classes = new LinkedHashSet<>();
        for (StatusKind kind : VALUES) {
            if ((mask & kind.bit) != 0) {
                classes.add(kind.statusClass);
            }
        }
        return java.util.Collections.unmodifiableSet(classes);
    }

    public boolean in(int mask) {
        return (mask & bit) != 0;
    }
}
