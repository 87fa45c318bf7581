package io.sirocco.dcps.status;

import java.util.Objects;
import org.omg.dds.core.InstanceHandle;
import org.omg.dds.core.ServiceEnvironment;
import org.omg.dds.core.status.SubscriptionMatchedStatus;

/** An immutable {@link SubscriptionMatchedStatus}: the writers a reader is, and has been, matched with. */
public final class SubscriptionMatchedSnapshot extends SubscriptionMatchedStatus {
    private static final long serialVersionUID = 1L;

    private final transient ServiceEnvironment environment;
    private final int totalCount;
    private final int totalCountChange;
    private final int currentCount;
    private final int currentCountChange;
    private final InstanceHandle lastPublicationHandle;

    public SubscriptionMatchedSnapshot(ServiceEnvironment environment, int totalCount, int totalCountChange,
            int currentCount, int currentCountChange, InstanceHandle lastPublicationHandle) {
        this.environment = StatusArgs.env(environment);
        this.totalCount = StatusArgs.nonNegative(totalCount, "totalCount");
        this.totalCountChange = StatusArgs.nonNegative(totalCountChange, "totalCountChange");
        this.currentCount = StatusArgs.nonNegative(currentCount, "currentCount");
        this.currentCountChange = currentCountChange;
        this.lastPublicationHandle = StatusArgs.require(lastPublicationHandle, "lastPublicationHandle");
    }

    /** Never matched; the last writer is the nil handle. */
    public static SubscriptionMatchedSnapshot initial(ServiceEnvironment environment) {
        return new SubscriptionMatchedSnapshot(environment, 0, 0, 0, 0, StatusArgs.nil(environment));
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
    public int getCurrentCount() {
        return currentCount;
    }

    /** May be negative: more writers went away than came since the last read. */
    @Override
    public int getCurrentCountChange() {
        return currentCountChange;
    }

    @Override
    public InstanceHandle getLastPublicationHandle() {
        return lastPublicationHandle;
    }

    /** The status after a match with the writer of handle {@code peer}. */
    public SubscriptionMatchedSnapshot matched(InstanceHandle peer) {
        return new SubscriptionMatchedSnapshot(environment, StatusArgs.plus(totalCount, 1),
                StatusArgs.plus(totalCountChange, 1),
                StatusArgs.plus(currentCount, 1), StatusArgs.plus(currentCountChange, 1), peer);
    }

    /** The status after the match with the writer of handle {@code peer} ended. */
    public SubscriptionMatchedSnapshot unmatched(InstanceHandle peer) {
        return new SubscriptionMatchedSnapshot(environment, totalCount, totalCountChange, currentCount - 1,
                StatusArgs.plus(currentCountChange, -1), peer);
    }

    /** The status once the application has read it: the same counts, no changes. */
    public SubscriptionMatchedSnapshot resetChanges() {
        return new SubscriptionMatchedSnapshot(environment, totalCount, 0, currentCount, 0, lastPublicationHandle);
    }

    @Override
    public ServiceEnvironment getEnvironment() {
        return environment;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SubscriptionMatchedSnapshot that && totalCount == that.totalCount
                && totalCountChange == that.totalCountChange && currentCount == that.currentCount
                && currentCountChange == that.currentCountChange
                && lastPublicationHandle.equals(that.lastPublicationHandle);
    }

    @Override
    public int hashCode() {
        return Objects.hash(totalCount, totalCountChange, currentCount, currentCountChange, lastPublicationHandle);
    }

    @Override
    public String toString() {
        return "SubscriptionMatched[totalCount=" + totalCount + ", totalCountChange=" + totalCountChange
                + ", currentCount=" + currentCount + ", currentCountChange=" + currentCountChange
                + ", lastPublicationHandle=" + lastPublicationHandle + "]";
    }
}
