package io.sirocco.dcps.status;

import java.util.Objects;
import org.omg.dds.core.InstanceHandle;
import org.omg.dds.core.ServiceEnvironment;
import org.omg.dds.core.status.OfferedDeadlineMissedStatus;

/**
 * An immutable {@link OfferedDeadlineMissedStatus}: how often a writer failed to write an instance
 * within its deadline period.
 */
public final class OfferedDeadlineMissedSnapshot extends OfferedDeadlineMissedStatus {
    private static final long serialVersionUID = 1L;

    private final transient ServiceEnvironment environment;
    private final int totalCount;
    private final int totalCountChange;
    private final InstanceHandle lastInstanceHandle;

    public OfferedDeadlineMissedSnapshot(ServiceEnvironment environment, int totalCount, int totalCountChange,
            InstanceHandle lastInstanceHandle) {
        this.environment = StatusArgs.env(environment);
        this.totalCount = StatusArgs.nonNegative(totalCount, "totalCount");
        this.totalCountChange = StatusArgs.nonNegative(totalCountChange, "totalCountChange");
        this.lastInstanceHandle = StatusArgs.require(lastInstanceHandle, "lastInstanceHandle");
    }

    /** No deadline missed yet; the last instance is the nil handle. */
    public static OfferedDeadlineMissedSnapshot initial(ServiceEnvironment environment) {
        return new OfferedDeadlineMissedSnapshot(environment, 0, 0, StatusArgs.nil(environment));
    }

    @Override
    public int getTotalCount() {
        return totalCount;
    }

    @Override
    public int getTotalCountChange() {
        return totalCountChange;
    }

    @Override
    public InstanceHandle getLastInstanceHandle() {
        return lastInstanceHandle;
    }

    /** The status after the deadline of {@code instance} was missed once more. */
    public OfferedDeadlineMissedSnapshot missed(InstanceHandle instance) {
        return new OfferedDeadlineMissedSnapshot(environment, StatusArgs.plus(totalCount, 1),
                StatusArgs.plus(totalCountChange, 1), instance);
    }

    /** The status once the application has read it: the same total, no change. */
    public OfferedDeadlineMissedSnapshot resetChanges() {
        return new OfferedDeadlineMissedSnapshot(environment, totalCount, 0, lastInstanceHandle);
    }

    @Override
    public ServiceEnvironment getEnvironment() {
        return environment;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof OfferedDeadlineMissedSnapshot that && totalCount == that.totalCount
                && totalCountChange == that.totalCountChange && lastInstanceHandle.equals(that.lastInstanceHandle);
    }

    @Override
    public int hashCode() {
        return Objects.hash(totalCount, totalCountChange, lastInstanceHandle);
    }

    @Override
    public String toString() {
        return "OfferedDeadlineMissed[totalCount=" + totalCount + ", totalCountChange=" + totalCountChange
                + ", lastInstanceHandle=" + lastInstanceHandle + "]";
    }
}
