package io.sirocco.dcps.status;

import java.util.Objects;
import org.omg.dds.core.InstanceHandle;
import org.omg.dds.core.ServiceEnvironment;
import org.omg.dds.core.status.LivelinessChangedStatus;

/**
 * An immutable {@link LivelinessChangedStatus}: how many of the writers a reader is matched with are
 * alive and not alive, and how those numbers moved since the application last read them.
 */
public final class LivelinessChangedSnapshot extends LivelinessChangedStatus {
    private static final long serialVersionUID = 1L;

    private final transient ServiceEnvironment environment;
    private final int aliveCount;
    private final int notAliveCount;
    private final int aliveCountChange;
    private final int notAliveCountChange;
    private final InstanceHandle lastPublicationHandle;

    public LivelinessChangedSnapshot(ServiceEnvironment environment, int aliveCount, int notAliveCount,
            int aliveCountChange, int notAliveCountChange, InstanceHandle lastPublicationHandle) {
        this.environment = StatusArgs.env(environment);
        this.aliveCount = StatusArgs.nonNegative(aliveCount, "aliveCount");
        this.notAliveCount = StatusArgs.nonNegative(notAliveCount, "notAliveCount");
        this.aliveCountChange = aliveCountChange;
        this.notAliveCountChange = notAliveCountChange;
        this.lastPublicationHandle = StatusArgs.require(lastPublicationHandle, "lastPublicationHandle");
    }

    /** No writers known; the last writer is the nil handle. */
    public static LivelinessChangedSnapshot initial(ServiceEnvironment environment) {
        return new LivelinessChangedSnapshot(environment, 0, 0, 0, 0, StatusArgs.nil(environment));
    }

    @Override
    public int getAliveCount() {
        return aliveCount;
    }

    @Override
    public int getNotAliveCount() {
        return notAliveCount;
    }

    /** May be negative. */
    @Override
    public int getAliveCountChange() {
        return aliveCountChange;
    }

    /** May be negative. */
    @Override
    public int getNotAliveCountChange() {
        return notAliveCountChange;
    }

    @Override
    public InstanceHandle getLastPublicationHandle() {
        return lastPublicationHandle;
    }

    /**
     * The status after the writer {@code publication} changed the counts by the given amounts, for
     * example {@code (-1, +1)} when an alive writer lost its liveliness.
     */
    public LivelinessChangedSnapshot changed(int aliveDelta, int notAliveDelta, InstanceHandle publication) {
        return new LivelinessChangedSnapshot(environment, StatusArgs.plus(aliveCount, aliveDelta),
                StatusArgs.plus(notAliveCount, notAliveDelta), StatusArgs.plus(aliveCountChange, aliveDelta),
                StatusArgs.plus(notAliveCountChange, notAliveDelta), publication);
    }

    /** The status once the application has read it: the same counts, no changes. */
    public LivelinessChangedSnapshot resetChanges() {
        return new LivelinessChangedSnapshot(environment, aliveCount, notAliveCount, 0, 0, lastPublicationHandle);
    }

    @Override
    public ServiceEnvironment getEnvironment() {
        return environment;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof LivelinessChangedSnapshot that && aliveCount == that.aliveCount
                && notAliveCount == that.notAliveCount && aliveCountChange == that.aliveCountChange
                && notAliveCountChange == that.notAliveCountChange
                && lastPublicationHandle.equals(that.lastPublicationHandle);
    }

    @Override
    public int hashCode() {
        return Objects.hash(aliveCount, notAliveCount, aliveCountChange, notAliveCountChange,
                lastPublicationHandle);
    }

    @Override
    public String toString() {
        return "LivelinessChanged[aliveCount=" + aliveCount + ", notAliveCount=" + notAliveCount
                + ", aliveCountChange=" + aliveCountChange + ", notAliveCountChange=" + notAliveCountChange
                + ", lastPublicationHandle=" + lastPublicationHandle + "]";
    }
}
