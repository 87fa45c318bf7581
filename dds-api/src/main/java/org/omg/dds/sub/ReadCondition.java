package org.omg.dds.sub;

import java.io.Closeable;
import java.util.Set;
import org.omg.dds.core.Condition;

/** TODO */
public interface ReadCondition<TYPE> extends Closeable, Condition {

    /** TODO */
    Set<SampleState> getSampleStates();

    /** TODO */
    Set<ViewState> getViewStates();

    /** TODO */
    Set<InstanceState> getInstanceStates();

    /** TODO */
    DataReader<TYPE> getParent();

    /** TODO */
    void close();
}
