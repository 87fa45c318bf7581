package io.sirocco.dcps.status;

import java.util.Objects;
import org.omg.dds.core.ServiceEnvironment;
import org.omg.dds.core.event.SampleRejectedEvent;
import org.omg.dds.sub.DataReader;

/**
 * The event a listener receives when a reader rejected a sample for lack of resources:
 * the DataReader whose status changed and an immutable snapshot of that status. Since nothing in it
 * can change, a listener may keep the notice itself; {@link #clone()} exists because the OMG API
 * promises it.
 *
 * @param <T> the data type of the entity's topic
 */
public final class SampleRejectedNotice<T> extends SampleRejectedEvent<T> {
    private static final long serialVersionUID = 1L;

    private final transient ServiceEnvironment environment;
    private final SampleRejectedSnapshot status;

    /** @throws IllegalArgumentException if any argument is {@code null} */
    public SampleRejectedNotice(ServiceEnvironment environment, DataReader<T> source,
            SampleRejectedSnapshot status) {
        super(source);
        this.environment = StatusArgs.env(environment);
        this.status = StatusArgs.require(status, "status");
    }

    @Override
    @SuppressWarnings("unchecked")
    public DataReader<T> getSource() {
        return (DataReader<T>) source;
    }

    @Override
    public SampleRejectedSnapshot getStatus() {
        return status;
    }

    /** An equal notice, sharing the source and the immutable status. */
    @Override
    public SampleRejectedNotice<T> clone() {
        return new SampleRejectedNotice<>(environment, getSource(), status);
    }

    @Override
    public ServiceEnvironment getEnvironment() {
        return environment;
    }

    /** Equal when about the same entity object and with equal statuses. */
    @Override
    public boolean equals(Object other) {
        return other instanceof SampleRejectedNotice<?> that && source == that.source
                && status.equals(that.status);
    }

    @Override
    public int hashCode() {
        return Objects.hash(System.identityHashCode(source), status);
    }

    @Override
    public String toString() {
        return "SampleRejectedNotice[" + status + "]";
    }
}
