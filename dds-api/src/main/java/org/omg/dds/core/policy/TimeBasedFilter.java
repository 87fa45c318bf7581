package org.omg.dds.core.policy;

import java.util.concurrent.TimeUnit;
import org.omg.dds.core.Duration;

/** TODO */
public interface TimeBasedFilter extends QosPolicy.ForDataReader {

    /** TODO */
    Duration getMinimumSeparation();

    /** TODO */
    TimeBasedFilter withMinimumSeparation(Duration duration);

    /** TODO */
    TimeBasedFilter withMinimumSeparation(long amount, TimeUnit unit);
}
