package org.omg.dds.core.policy;

import java.util.concurrent.TimeUnit;
import org.omg.dds.core.Duration;

/** TODO */
public interface Lifespan extends QosPolicy.ForTopic, QosPolicy.ForDataWriter {

    /** TODO */
    Duration getDuration();

    /** TODO */
    Lifespan withDuration(Duration duration);

    /** TODO */
    Lifespan withDuration(long amount, TimeUnit unit);
}
