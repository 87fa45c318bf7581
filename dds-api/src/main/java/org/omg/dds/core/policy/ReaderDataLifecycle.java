package org.omg.dds.core.policy;

import java.util.concurrent.TimeUnit;
import org.omg.dds.core.Duration;

/** TODO */
public interface ReaderDataLifecycle extends QosPolicy.ForDataReader {

    /** TODO */
    Duration getAutoPurgeNoWriterSamplesDelay();

    /** TODO */
    Duration getAutoPurgeDisposedSamplesDelay();

    /** TODO */
    ReaderDataLifecycle withAutoPurgeNoWriterSamplesDelay(Duration duration);

    /** TODO */
    ReaderDataLifecycle withAutoPurgeNoWriterSamplesDelay(long amount, TimeUnit unit);

    /** TODO */
    ReaderDataLifecycle withAutoPurgeDisposedSamplesDelay(Duration duration);

    /** TODO */
    ReaderDataLifecycle withAutoPurgeDisposedSamplesDelay(long amount, TimeUnit unit);
}
