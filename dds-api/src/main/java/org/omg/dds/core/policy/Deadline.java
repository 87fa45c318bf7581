package org.omg.dds.core.policy;

import java.util.concurrent.TimeUnit;
import org.omg.dds.core.Duration;

/**
 * The maximum period within which each instance is expected to be updated: a writer commits to
 * writing every instance at least that often and a reader expects to receive that often; missed
 * deadlines are reported through the offered and requested deadline-missed statuses.
 *
 * <p>Applies to topics, data readers and data writers. Default: an infinite period (no deadline).
 * It can be changed after the entity is enabled. Offered and requested values match when the
 * offered period is less than or equal to the requested one. A reader's period must not be shorter
 * than the minimum separation of its {@link TimeBasedFilter}.
 *
 * <p>Instances are immutable: each {@code withXxx} method returns a modified copy and leaves this
 * policy unchanged.
 */
public interface Deadline extends QosPolicy.ForTopic, QosPolicy.ForDataReader, QosPolicy.ForDataWriter, RequestedOffered<Deadline> {

    /** Returns the deadline period. */
    Duration getPeriod();

    /** Returns a copy of this policy with the given period. */
    Deadline withPeriod(Duration period);

    /** Returns a copy of this policy with the given period; equivalent to {@link #withPeriod(Duration)}. */
    Deadline withPeriod(long amount, TimeUnit unit);
}
