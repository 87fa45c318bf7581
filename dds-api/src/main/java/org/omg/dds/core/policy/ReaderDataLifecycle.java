package org.omg.dds.core.policy;

import java.util.concurrent.TimeUnit;
import org.omg.dds.core.Duration;

/**
 * Controls how long a data reader keeps the instances that are no longer alive, after which it
 * purges them, with any samples left, from its cache: those that have no writers any more
 * ({@code NOT_ALIVE_NO_WRITERS}) and those that were disposed ({@code NOT_ALIVE_DISPOSED}).
 *
 * <p>Applies to data readers. Default: both delays infinite (nothing is purged automatically). It
 * can be changed after the entity is enabled.
 *
 * <p>Instances are immutable: each {@code withXxx} method returns a modified copy and leaves this
 * policy unchanged.
 */
public interface ReaderDataLifecycle extends QosPolicy.ForDataReader {

    /** Returns how long an instance that has no writers any more is kept before it is purged. */
    Duration getAutoPurgeNoWriterSamplesDelay();

    /** Returns how long a disposed instance is kept before it is purged. */
    Duration getAutoPurgeDisposedSamplesDelay();

    /** Returns a copy of this policy with the given delay for instances without writers. */
    ReaderDataLifecycle withAutoPurgeNoWriterSamplesDelay(Duration delay);

    /**
     * Returns a copy of this policy with the given delay for instances without writers; equivalent to
     * {@link #withAutoPurgeNoWriterSamplesDelay(Duration)}.
     */
    ReaderDataLifecycle withAutoPurgeNoWriterSamplesDelay(long amount, TimeUnit unit);

    /** Returns a copy of this policy with the given delay for disposed instances. */
    ReaderDataLifecycle withAutoPurgeDisposedSamplesDelay(Duration delay);

    /**
     * Returns a copy of this policy with the given delay for disposed instances; equivalent to
     * {@link #withAutoPurgeDisposedSamplesDelay(Duration)}.
     */
    ReaderDataLifecycle withAutoPurgeDisposedSamplesDelay(long amount, TimeUnit unit);
}
