package io.sirocco.dcps.status;

import java.util.Objects;
import org.omg.dds.core.InstanceHandle;
import org.omg.dds.core.ServiceEnvironment;
import org.omg.dds.core.status.RequestedDeadlineMissedStatus;

/**
 * An immutable {@link RequestedDeadlineMissedStatus}: how often a reader received no sample of an
 * instance within its deadline period.
 */
public final class RequestedDeadlineMissedSnapshot extends RequestedDeadlineMissedStatus {
    private static final long serialVersionUID = 1L;

    private final transient ServiceEnvironment environment;
    private final int totalCount;
    private final int totalCountChange;
    private final InstanceHandle lastInstanceHandle;

    public RequestedDeadlineMissedSnapshot(ServiceEnvironment environment, int totalCount, int totalCountChange,
            InstanceHandle lastInstanceHandle) {
        this.environment = StatusArgs.env(environment);
        this.totalCount = StatusArgs.nonNegative(totalCount, "totalCount");
        this.totalCountChange = StatusArgs.nonNegative(totalCountChange, "totalCountChange");
        this.lastInstanceHandle = StatusArgs.require(lastInstanceHandle, "lastInstanceHandle");
    }

    /** No deadline missed yet; the last instance is the nil handle. */
    public static RequestedDeadlineMissedSnapshot initial(ServiceEnvironment environment) {
        return new RequestedDeadlineMissedSnapshot(environment, 0, 0, StatusArgs.nil(environment));
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
    public RequestedDeadlineMissedSnapshot missed(InstanceHandle instance) {
        return new RequestedDeadlineMissedSnapshot(environment, StatusArgs.plus(totalCount, 1),
                StatusArgs.plus(totalCountChange, 1), instance);
    }

    /** The status once the application has read it: the same total, no change. */
    public RequestedDeadlineMissedSnapshot resetChanges() {
        return new RequestedDeadlineMissedSnapshot(environment, totalCount, 0, lastInstanceHandle);
    }

    @Override
    public ServiceEnvironment getEnvironment() {
        return environment;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RequestedDeadlineMissedSnapshot that && totalCount == that.totalCount
                && totalCountChange == that.totalCountChange && lastInstanceHandle.equals(that.lastInstanceHandle);
    }

    @Override
    public int hashCode() {
        return Objects.hash(totalCount, totalCountChange, lastInstanceHandle);
    }

    @Override
    public String toString() {
        return "RequestedDeadlineMissed[totalCount=" + totalCount + ", totalCountChange=" + totalCountChange
                + ", lastInstanceHandle=" + lastInstanceHandle + "]";
    }
}
