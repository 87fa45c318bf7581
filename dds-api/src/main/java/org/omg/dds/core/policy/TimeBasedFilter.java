package org.omg.dds.core.policy;

import java.util.concurrent.TimeUnit;
import org.omg.dds.core.Duration;

/**
 * Lets a data reader receive at most one sample of each instance per minimum separation, however
 * often the instance is written; the samples in between are not delivered to it.
 *
 * <p>Applies to data readers. Default: a minimum separation of zero (every sample is delivered). It
 * can be changed after the entity is enabled. The minimum separation must not exceed the reader's
 * {@link Deadline} period.
 *
 * <p>Instances are immutable: each {@code withXxx} method returns a modified copy and leaves this
 * policy unchanged.
 */
public interface TimeBasedFilter extends QosPolicy.ForDataReader {

    /** Returns the minimum time between two samples of an instance delivered to the reader. */
    Duration getMinimumSeparation();

    /** Returns a copy of this policy with the given minimum separation. */
    TimeBasedFilter withMinimumSeparation(Duration minimumSeparation);

    /**
     * Returns a copy of this policy with the given minimum separation; equivalent to
     * {@link #withMinimumSeparation(Duration)}.
     */
    TimeBasedFilter withMinimumSeparation(long amount, TimeUnit unit);
}
