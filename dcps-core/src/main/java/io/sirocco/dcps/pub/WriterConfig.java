package io.sirocco.dcps.pub;

import io.sirocco.dcps.core.NanoDuration;
import org.omg.dds.core.policy.Durability;
import org.omg.dds.core.policy.History;
import org.omg.dds.core.policy.Liveliness;
import org.omg.dds.core.policy.ResourceLimits;
import org.omg.dds.pub.DataWriterQos;

/**
 * The writer QoS as the write path uses it, computed once per QoS change: reading policies out of
 * the QoS map on every write would cost more than the rest of the write.
 */
record WriterConfig(long maxBlockingNanos, boolean keepAll, int depth, int maxSamples, int maxSamplesPerInstance,
        int maxInstances, long lifespanNanos, Liveliness.Kind livelinessKind, long leaseNanos,
        boolean trimAcknowledged, boolean autoDispose, long deadlineNanos) {

    static WriterConfig of(DataWriterQos qos) {
        ResourceLimits limits = qos.getResourceLimits();
        boolean keepAll = qos.getHistory().getKind() == History.Kind.KEEP_ALL;
        return new WriterConfig(NanoDuration.nanosOf(qos.getReliability().getMaxBlockingTime()), keepAll,
                qos.getHistory().getDepth(), unlimited(limits.getMaxSamples()),
                unlimited(limits.getMaxSamplesPerInstance()), limits.getMaxInstances(),
                NanoDuration.nanosOf(qos.getLifespan().getDuration()), qos.getLiveliness().getKind(),
                NanoDuration.nanosOf(qos.getLiveliness().getLeaseDuration()),
                keepAll && qos.getDurability().getKind() == Durability.Kind.VOLATILE,
                qos.getWriterDataLifecycle().isAutDisposeUnregisteredInstances(),
                NanoDuration.nanosOf(qos.getDeadline().getPeriod()));
    }

    private static int unlimited(int value) {
        return value == ResourceLimits.LENGTH_UNLIMITED ? Integer.MAX_VALUE : value;
    }
}
