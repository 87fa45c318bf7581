package io.sirocco.dcps.status;

import java.util.Objects;
import org.omg.dds.core.InstanceHandle;
import org.omg.dds.core.ServiceEnvironment;
import org.omg.dds.core.status.PublicationMatchedStatus;

/** An immutable {@link PublicationMatchedStatus}: the readers a writer is, and has been, matched with. */
public final class PublicationMatchedSnapshot extends PublicationMatchedStatus {
    private static final long serialVersionUID = 1L;

    private final transient ServiceEnvironment environment;
    private final int totalCount;
    private final int totalCountChange;
    private final int currentCount;
    private final int currentCountChange;
    private final InstanceHandle lastSubscriptionHandle;

    public PublicationMatchedSnapshot(ServiceEnvironment environment, int totalCount, int totalCountChange,
            int currentCount, int currentCountChange, InstanceHandle lastSubscriptionHandle) {
        this.environment = StatusArgs.env(environment);
        this.totalCount = StatusArgs.nonNegative(totalCount, "totalCount");
        this.totalCountChange = StatusArgs.nonNegative(totalCountChange, "totalCountChange");
        this.currentCount = StatusArgs.nonNegative(currentCount, "currentCount");
        this.currentCountChange = currentCountChange;
        this.lastSubscriptionHandle = StatusArgs.require(lastSubscriptionHandle, "lastSubscriptionHandle");
    }

    /** Never matched; the last reader is the nil handle. */
    public static PublicationMatchedSnapshot initial(ServiceEnvironment environment) {
        return new PublicationMatchedSnapshot(environment, 0, 0, 0, 0, StatusArgs.nil(environment));
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

    /** May be negative: more readers went away than came since the last read. */
    @Override
    public int getCurrentCountChange() {
        return currentCountChange;
    }

    @Override
    public InstanceHandle getLastSubscriptionHandle() {
        return lastSubscriptionHandle;
    }

    /** The status after a match with the reader of handle {@code peer}. */
    public PublicationMatchedSnapshot matched(InstanceHandle peer) {
        return new PublicationMatchedSnapshot(environment, StatusArgs.plus(totalCount, 1),
                StatusArgs.plus(totalCountChange, 1),
                StatusArgs.plus(currentCount, 1), StatusArgs.plus(currentCountChange, 1), peer);
    }

    /** The status after the match with the reader of handle {@code peer} ended. */
    public PublicationMatchedSnapshot unmatched(InstanceHandle peer) {
        return new PublicationMatchedSnapshot(environment, totalCount, totalCountChange, currentCount - 1,
                StatusArgs.plus(currentCountChange, -1), peer);
    }

    /** The status once the application has read it: the same counts, no changes. */
    public PublicationMatchedSnapshot resetChanges() {
        return new PublicationMatchedSnapshot(environment, totalCount, 0, currentCount, 0, lastSubscriptionHandle);
    }

    @Override
    public ServiceEnvironment getEnvironment() {
        return environment;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PublicationMatchedSnapshot that && totalCount == that.totalCount
                && totalCountChange == that.totalCountChange && currentCount == that.currentCount
                && currentCountChange == that.currentCountChange
                && lastSubscriptionHandle.equals(that.lastSubscriptionHandle);
    }

    @Override
    public int hashCode() {
        return Objects.hash(totalCount, totalCountChange, currentCount, currentCountChange,
                lastSubscriptionHandle);
    }

    @Override
    public String toString() {
        return "PublicationMatched[totalCount=" + totalCount + ", totalCountChange=" + totalCountChange
                + ", currentCount=" + currentCount + ", currentCountChange=" + currentCountChange
                + ", lastSubscriptionHandle=" + lastSubscriptionHandle + "]";
    }
}
