package io.sirocco.dcps.status;

import java.util.Objects;
import org.omg.dds.core.ServiceEnvironment;
import org.omg.dds.core.status.LivelinessLostStatus;

/**
 * An immutable {@link LivelinessLostStatus}: how many times a writer failed to assert its liveliness
 * within its lease.
 */
public final class LivelinessLostSnapshot extends LivelinessLostStatus {
    private static final long serialVersionUID = 1L;

    private final transient ServiceEnvironment environment;
    private final int totalCount;
    private final int totalCountChange;

    public LivelinessLostSnapshot(ServiceEnvironment environment, int totalCount, int totalCountChange) {
        this.environment = StatusArgs.env(environment);
        this.totalCount = StatusArgs.nonNegative(totalCount, "totalCount");
        this.totalCountChange = StatusArgs.nonNegative(totalCountChange, "totalCountChange");
    }

    /** Nothing has happened yet. */
    public static LivelinessLostSnapshot initial(ServiceEnvironment environment) {
        return new LivelinessLostSnapshot(environment, 0, 0);
    }

    @Override
    public int getTotalCount() {
        return totalCount;
    }

    @Override
    public int getTotalCountChange() {
        return totalCountChange;
    }

    /** The status after {@code count} more occurrences; each is one missed lease. */
    public LivelinessLostSnapshot plus(int count) {
        StatusArgs.nonNegative(count, "count");
        return new LivelinessLostSnapshot(environment, StatusArgs.plus(totalCount, count),
                StatusArgs.plus(totalCountChange, count));
    }

    /** The status once the application has read it: the same total, no change. */
    public LivelinessLostSnapshot resetChanges() {
        return new LivelinessLostSnapshot(environment, totalCount, 0);
    }

    @Override
    public ServiceEnvironment getEnvironment() {
        return environment;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof LivelinessLostSnapshot that && totalCount == that.totalCount
                && totalCountChange == that.totalCountChange;
    }

    @Override
    public int hashCode() {
        return Objects.hash(totalCount, totalCountChange);
    }

    @Override
    public String toString() {
        return "LivelinessLost[totalCount=" + totalCount + ", totalCountChange=" + totalCountChange + "]";
    }
}
