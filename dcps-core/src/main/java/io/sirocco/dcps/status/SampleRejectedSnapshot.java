package io.sirocco.dcps.status;

import java.util.Objects;
import org.omg.dds.core.InstanceHandle;
import org.omg.dds.core.ServiceEnvironment;
import org.omg.dds.core.status.SampleRejectedStatus;

/**
 * An immutable {@link SampleRejectedStatus}: how many samples a reader refused because a resource
 * limit was reached, and which limit and instance the last refusal concerned.
 */
public final class SampleRejectedSnapshot extends SampleRejectedStatus {
    private static final long serialVersionUID = 1L;

    private final transient ServiceEnvironment environment;
    private final int totalCount;
    private final int totalCountChange;
    private final Kind lastReason;
    private final InstanceHandle lastInstanceHandle;

    public SampleRejectedSnapshot(ServiceEnvironment environment, int totalCount, int totalCountChange,
            Kind lastReason, InstanceHandle lastInstanceHandle) {
        this.environment = StatusArgs.env(environment);
        this.totalCount = StatusArgs.nonNegative(totalCount, "totalCount");
        this.totalCountChange = StatusArgs.nonNegative(totalCountChange, "totalCountChange");
        this.lastReason = StatusArgs.require(lastReason, "lastReason");
        this.lastInstanceHandle = StatusArgs.require(lastInstanceHandle, "lastInstanceHandle");
    }

    /** Nothing rejected yet: reason {@code NOT_REJECTED}, nil instance handle. */
    public static SampleRejectedSnapshot initial(ServiceEnvironment environment) {
        return new SampleRejectedSnapshot(environment, 0, 0, Kind.NOT_REJECTED, StatusArgs.nil(environment));
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
    public Kind getLastReason() {
        return lastReason;
    }

    @Override
    public InstanceHandle getLastInstanceHandle() {
        return lastInstanceHandle;
    }

    /** The status after one more sample of {@code instance} was rejected for {@code reason}. */
    public SampleRejectedSnapshot rejected(Kind reason, InstanceHandle instance) {
        return new SampleRejectedSnapshot(environment, StatusArgs.plus(totalCount, 1),
                StatusArgs.plus(totalCountChange, 1), reason, instance);
    }

    /** The status once the application has read it: the same total, no change. */
    public SampleRejectedSnapshot resetChanges() {
        return new SampleRejectedSnapshot(environment, totalCount, 0, lastReason, lastInstanceHandle);
    }

    @Override
    public ServiceEnvironment getEnvironment() {
        return environment;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SampleRejectedSnapshot that && totalCount == that.totalCount
                && totalCountChange == that.totalCountChange && lastReason == that.lastReason
                && lastInstanceHandle.equals(that.lastInstanceHandle);
    }

    @Override
    public int hashCode() {
        return Objects.hash(totalCount, totalCountChange, lastReason, lastInstanceHandle);
    }

    @Override
    public String toString() {
        return "SampleRejected[totalCount=" + totalCount + ", totalCountChange=" + totalCountChange
                + ", lastReason=" + lastReason + ", lastInstanceHandle=" + lastInstanceHandle + "]";
    }
}
