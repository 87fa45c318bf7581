package org.omg.dds.core.policy;

import java.util.concurrent.TimeUnit;
import org.omg.dds.core.Duration;

/**
 * The maximum acceptable delay between the writing of a sample and its arrival in the reader's
 * cache. It is only a hint that lets the service batch or otherwise optimise delivery; it is not
 * enforced.
 *
 * <p>Applies to topics, data readers and data writers. Default: zero (deliver as soon as possible).
 * It can be changed after the entity is enabled. Offered and requested values match when the
 * offered duration is less than or equal to the requested one.
 *
 * <p>Instances are immutable: each {@code withXxx} method returns a modified copy and leaves this
 * policy unchanged.
 */
public interface LatencyBudget extends QosPolicy.ForTopic, QosPolicy.ForDataReader, QosPolicy.ForDataWriter, RequestedOffered<LatencyBudget> {

    /** Returns the latency budget. */
    Duration getDuration();

    /** Returns a copy of this policy with the given budget. */
    LatencyBudget withDuration(Duration duration);

    /** Returns a copy of this policy with the given budget; equivalent to {@link #withDuration(Duration)}. */
    LatencyBudget withDuration(long amount, TimeUnit unit);
}
