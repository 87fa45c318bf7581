package org.omg.dds.core.policy;

import java.util.Collection;
import java.util.Set;

/**
 * The logical partitions a publisher or subscriber belongs to. A writer and a reader are only
 * matched when their publisher and subscriber share at least one partition; names may contain
 * wildcards (as in POSIX {@code fnmatch}), which match the names of the other side.
 *
 * <p>Applies to publishers and subscribers. Default: no names, which stands for the single default
 * partition, the one named by the empty string. It can be changed after the entity is enabled.
 *
 * <p>Instances are immutable: each {@code withXxx} method returns a modified copy and leaves this
 * policy unchanged.
 */
public interface Partition extends QosPolicy.ForPublisher, QosPolicy.ForSubscriber {

    /** Returns the partition names; an empty set means the default partition. */
    Set<String> getName();

    /** Returns a copy of this policy with the given partition names. */
    Partition withName(Collection<String> names);

    /**
     * Returns a copy of this policy with a single partition name; equivalent to
     * {@link #withName(Collection)} with a one-element collection. Kept for source compatibility
     * with OpenSplice's Java 5 API.
     */
    Partition withName(String name);

    /**
     * Returns a copy of this policy with the given partition names; equivalent to
     * {@link #withName(Collection)}. Kept for source compatibility with OpenSplice's Java 5 API.
     */
    Partition withName(String... names);
}
