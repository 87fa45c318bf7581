package org.omg.dds.sub;

import java.io.Closeable;
import java.util.Set;
import org.omg.dds.core.Condition;

/**
 * A condition created by a data reader that is triggered while the reader holds at least one sample
 * whose sample, view and instance states are among those of the condition. It can be attached to a
 * wait set and also used to read or take just those samples.
 *
 * @param <TYPE> the type of the samples of the reader
 */
public interface ReadCondition<TYPE> extends Closeable, Condition {

    /** Returns the sample states this condition looks for. */
    Set<SampleState> getSampleStates();

    /** Returns the view states this condition looks for. */
    Set<ViewState> getViewStates();

    /** Returns the instance states this condition looks for. */
    Set<InstanceState> getInstanceStates();

    /** Returns the data reader that created this condition. */
    DataReader<TYPE> getParent();

    /** Deletes this condition from its reader; it should be detached from wait sets first. */
    void close();
}
