package org.omg.dds.core.policy;

/**
 * Controls how many samples of each instance are kept: by a writer until every reader has
 * received them, and by a reader until the application takes them.
 *
 * <p>Applies to topics, data readers and data writers. Default: {@link Kind#KEEP_LAST} with depth
 * 1. It cannot be changed once the entity is enabled. With {@code KEEP_LAST} the depth must not
 * exceed the {@link ResourceLimits#getMaxSamplesPerInstance() maximum samples per instance}.
 *
 * <p>Instances are immutable: each {@code withXxx} method returns a modified copy and leaves this
 * policy unchanged.
 */
public interface History extends QosPolicy.ForTopic, QosPolicy.ForDataReader, QosPolicy.ForDataWriter {

    /** Returns the history kind. */
    History.Kind getKind();

    /** Returns how many samples per instance are kept; only meaningful for {@link Kind#KEEP_LAST}. */
    int getDepth();

    /** Returns a copy of this policy with the given kind. */
    History withKind(History.Kind kind);

    /** Returns a copy of this policy with the given depth. */
    History withDepth(int depth);

    /** Returns a copy of this policy with kind {@link Kind#KEEP_ALL}. */
    History withKeepAll();

    /** Returns a copy of this policy with kind {@link Kind#KEEP_LAST} and the given depth. */
    History withKeepLast(int depth);

    /** The history kinds. */
    public static enum Kind {
        /** Only the most recent samples of each instance, up to the depth, are kept. */
        KEEP_LAST,
        /** All samples are kept, within the {@link ResourceLimits}. */
        KEEP_ALL;

    }
}
