package org.omg.dds.core.policy;

import java.util.concurrent.TimeUnit;
import org.omg.dds.core.Duration;

/**
 * How long a written sample stays valid: once this duration has passed since the sample's source
 * timestamp, the sample is removed from the writer's history and from readers' caches, and is no
 * longer delivered.
 *
 * <p>Applies to topics and data writers. Default: an infinite duration (samples never expire). It
 * can be changed after the entity is enabled.
 *
 * <p>Instances are immutable: each {@code withXxx} method returns a modified copy and leaves this
 * policy unchanged.
 */
public interface Lifespan extends QosPolicy.ForTopic, QosPolicy.ForDataWriter {

    /** Returns how long a sample stays valid after it was written. */
    Duration getDuration();

    /** Returns a copy of this policy with the given duration. */
    Lifespan withDuration(Duration duration);

    /**
     * Returns a copy of this policy with the given duration; equivalent to
     * {@link #withDuration(Duration)}.
     */
    Lifespan withDuration(long amount, TimeUnit unit);
}
