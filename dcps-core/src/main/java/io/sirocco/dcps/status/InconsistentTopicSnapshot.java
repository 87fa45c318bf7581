package io.sirocco.dcps.status;

import java.util.Objects;
import org.omg.dds.core.ServiceEnvironment;
import org.omg.dds.core.status.InconsistentTopicStatus;

/**
 * An immutable {@link InconsistentTopicStatus}: how many topics with the same name but a different
 * type or QoS were discovered.
 */
public final class InconsistentTopicSnapshot extends InconsistentTopicStatus {
    private static final long serialVersionUID = 1L;

    private final transient ServiceEnvironment environment;
    private final int totalCount;
    private final int totalCountChange;

    public InconsistentTopicSnapshot(ServiceEnvironment environment, int totalCount, int totalCountChange) {
        this.environment = StatusArgs.env(environment);
        this.totalCount = StatusArgs.nonNegative(totalCount, "totalCount");
        this.totalCountChange = StatusArgs.nonNegative(totalCountChange, "totalCountChange");
    }

    /** Nothing has happened yet. */
    public static InconsistentTopicSnapshot initial(ServiceEnvironment environment) {
        return new InconsistentTopicSnapshot(environment, 0, 0);
    }

    @Override
    public int getTotalCount() {
        return totalCount;
    }

    @Override
    public int getTotalCountChange() {
        return totalCountChange;
    }

    /** The status after {@code count} more occurrences; each is one discovered inconsistent topic. */
    public InconsistentTopicSnapshot plus(int count) {
        StatusArgs.nonNegative(count, "count");
        return new InconsistentTopicSnapshot(environment, StatusArgs.plus(totalCount, count),
                StatusArgs.plus(totalCountChange, count));
    }

    /** The status once the application has read it: the same total, no change. */
    public InconsistentTopicSnapshot resetChanges() {
        return new InconsistentTopicSnapshot(environment, totalCount, 0);
    }

    @Override
    public ServiceEnvironment getEnvironment() {
        return environment;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof InconsistentTopicSnapshot that && totalCount == that.totalCount
                && totalCountChange == that.totalCountChange;
    }

    @Override
    public int hashCode() {
        return Objects.hash(totalCount, totalCountChange);
    }

    @Override
    public String toString() {
        return "InconsistentTopic[totalCount=" + totalCount + ", totalCountChange=" + totalCountChange + "]";
    }
}
