package org.omg.dds.core.policy;

import java.util.concurrent.TimeUnit;
import org.omg.dds.core.Duration;

/** TODO */
public interface LatencyBudget extends QosPolicy.ForTopic, QosPolicy.ForDataReader, QosPolicy.ForDataWriter, RequestedOffered<LatencyBudget> {

    /** TODO */
    Duration getDuration();

    /** TODO */
    LatencyBudget withDuration(Duration duration);

    /** TODO */
    LatencyBudget withDuration(long amount, TimeUnit unit);
}
