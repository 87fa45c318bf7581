package io.sirocco.dcps.status;

import java.util.Objects;
import org.omg.dds.core.ServiceEnvironment;
import org.omg.dds.core.status.SampleLostStatus;

/** An immutable {@link SampleLostStatus}: how many samples a reader knows it never received. */
public final class SampleLostSnapshot extends SampleLostStatus {
    private static final long serialVersionUID = 1L;

    private final transient ServiceEnvironment environment;
    private final int totalCount;
    private final int totalCountChange;

    public SampleLostSnapshot(ServiceEnvironment environment, int totalCount, int totalCountChange) {
        this.environment = StatusArgs.env(environment);
        this.totalCount = StatusArgs.nonNegative(totalCount, "totalCount");
        this.totalCountChange = StatusArgs.nonNegative(totalCountChange, "totalCountChange");
    }

    /** Nothing has happened yet. */
    public static SampleLostSnapshot initial(ServiceEnvironment environment) {
        return new SampleLostSnapshot(environment, 0, 0);
    }

    @Override
    public int getTotalCount() {
        return totalCount;
    }

    @Override
    public int getTotalCountChange() {
        return totalCountChange;
    }

    /** The status after {@code count} more occurrences; each is one lost sample. */
    public SampleLostSnapshot plus(int count) {
        StatusArgs.nonNegative(count, "count");
        return new SampleLostSnapshot(environment, StatusArgs.plus(totalCount, count),
                StatusArgs.plus(totalCountChange, count));
    }

    /** The status once the application has read it: the same total, no change. */
    public SampleLostSnapshot resetChanges() {
        return new SampleLostSnapshot(environment, totalCount, 0);
    }

    @Override
    public ServiceEnvironment getEnvironment() {
        return environment;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SampleLostSnapshot that && totalCount == that.totalCount
                && totalCountChange == that.totalCountChange;
    }

    @Override
    public int hashCode() {
        return Objects.hash(totalCount, totalCountChange);
    }

    @Override
    public String toString() {
        return "SampleLost[totalCount=" + totalCount + ", totalCountChange=" + totalCountChange + "]";
    }
}
