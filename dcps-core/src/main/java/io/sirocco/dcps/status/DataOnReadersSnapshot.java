package io.sirocco.dcps.status;

import org.omg.dds.core.ServiceEnvironment;
import org.omg.dds.core.status.DataOnReadersStatus;

/**
 * An immutable {@link DataOnReadersStatus}: some reader of a subscriber has new data. The status
 * carries no values: that it changed is the whole message.
 */
public final class DataOnReadersSnapshot extends DataOnReadersStatus {
    private static final long serialVersionUID = 1L;

    private final transient ServiceEnvironment environment;

    public DataOnReadersSnapshot(ServiceEnvironment environment) {
        this.environment = StatusArgs.env(environment);
    }

    /** The status; every instance is equal to every other. */
    public static DataOnReadersSnapshot initial(ServiceEnvironment environment) {
        return new DataOnReadersSnapshot(environment);
    }

    @Override
    public ServiceEnvironment getEnvironment() {
        return environment;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof DataOnReadersSnapshot;
    }

    @Override
    public int hashCode() {
        return DataOnReadersSnapshot.class.hashCode();
    }

    @Override
    public String toString() {
        return "DataOnReaders[]";
    }
}
