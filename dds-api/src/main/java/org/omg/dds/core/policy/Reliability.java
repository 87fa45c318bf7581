package org.omg.dds.core.policy;

import java.util.concurrent.TimeUnit;
import org.omg.dds.core.Duration;

/** TODO */
public interface Reliability extends QosPolicy.ForTopic, QosPolicy.ForDataReader, QosPolicy.ForDataWriter, RequestedOffered<Reliability> {

    /** TODO */
    Reliability.Kind getKind();

    /** TODO */
    Duration getMaxBlockingTime();

    /** TODO */
    Reliability withKind(Reliability.Kind kind);

    /** TODO */
    Reliability withMaxBlockingTime(Duration duration);

    /** TODO */
    Reliability withMaxBlockingTime(long amount, TimeUnit unit);

    /** TODO */
    Reliability withBestEffort();

    /** TODO */
    Reliability withReliable();

    /** TODO */
    public static enum Kind {
        BEST_EFFORT,
        RELIABLE;

    }
}
