package org.omg.dds.core.policy;

import java.util.Collection;
import java.util.Set;

/** TODO */
public interface Partition extends QosPolicy.ForPublisher, QosPolicy.ForSubscriber {

    /** TODO */
    Set<String> getName();

    /** TODO */
    Partition withName(Collection<String> collection);

    /** TODO (OpenSplice addition) */
    Partition withName(String name);

    /** TODO (OpenSplice addition) */
    Partition withName(String... names);
}
