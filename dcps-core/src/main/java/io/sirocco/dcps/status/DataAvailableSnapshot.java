package io.sirocco.dcps.status;

import org.omg.dds.core.ServiceEnvironment;
import org.omg.dds.core.status.DataAvailableStatus;

/**
 * An immutable {@link DataAvailableStatus}: a reader has new data to read. The status carries no
 * values: that it changed is the whole message.
 */
public final class DataAvailableSnapshot extends DataAvailableStatus {
    private static final long serialVersionUID = 1L;

    private final transient ServiceEnvironment environment;

    public DataAvailableSnapshot(ServiceEnvironment environment) {
        this.environment = StatusArgs.env(environment);
    }

    /** The status; every instance is equal to every other. */
    public static DataAvailableSnapshot initial(ServiceEnvironment environment) {
        return new DataAvailableSnapshot(environment);
    }

    @Override
    public ServiceEnvironment getEnvironment() {
        return environment;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof DataAvailableSnapshot;
    }

    @Override
    public int hashCode() {
        return DataAvailableSnapshot.class.hashCode();
    }

    @Override
    public String toString() {
        return "DataAvailable[]";
    }
}
