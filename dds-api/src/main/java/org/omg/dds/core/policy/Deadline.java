package org.omg.dds.core.policy;

import java.util.concurrent.TimeUnit;
import org.omg.dds.core.Duration;

/** TODO */
public interface Deadline extends QosPolicy.ForTopic, QosPolicy.ForDataReader, QosPolicy.ForDataWriter, RequestedOffered<Deadline> {

    /** TODO */
    Duration getPeriod();

    /** TODO */
    Deadline withPeriod(Duration duration);

    /** TODO */
    Deadline withPeriod(long amount, TimeUnit unit);
}
