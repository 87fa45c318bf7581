package io.sirocco.dcps.status;

import java.util.Objects;
import org.omg.dds.core.ServiceEnvironment;
import org.omg.dds.core.event.OfferedDeadlineMissedEvent;
import org.omg.dds.pub.DataWriter;

/**
 * The event a listener receives when a writer missed the deadline of an instance:
 * the DataWriter whose status changed and an immutable snapshot of that status. Since nothing in it
 * can change, a listener may keep the notice itself; {@link #clone()} exists because the OMG API
 * promises it.
 *
 * @param <T> the data type of the entity's topic
 */
public final class OfferedDeadlineMissedNotice<T> extends OfferedDeadlineMissedEvent<T> {
    private static final long serialVersionUID = 1L;

    private final transient ServiceEnvironment environment;
    private final OfferedDeadlineMissedSnapshot status;

    /** @throws IllegalArgumentException if any argument is {@code null} */
    public OfferedDeadlineMissedNotice(ServiceEnvironment environment, DataWriter<T> source,
            OfferedDeadlineMissedSnapshot status) {
        super(source);
        this.environment = StatusArgs.env(environment);
        this.status = StatusArgs.require(status, "status");
    }

    @Override
    @SuppressWarnings("unchecked")
    public DataWriter<T> getSource() {
        return (DataWriter<T>) source;
    }

    @Override
    public OfferedDeadlineMissedSnapshot getStatus() {
        return status;
    }

    /** An equal notice, sharing the source and the immutable status. */
    @Override
    public OfferedDeadlineMissedNotice<T> clone() {
        return new OfferedDeadlineMissedNotice<>(environment, getSource(), status);
    }

    @Override
    public ServiceEnvironment getEnvironment() {
        return environment;
    }

    /** Equal when about the same entity object and with equal statuses. */
    @Override
    public boolean equals(Object other) {
        return other instanceof OfferedDeadlineMissedNotice<?> that && source == that.source
                && status.equals(that.status);
    }

    @Override
    public int hashCode() {
        return Objects.hash(System.identityHashCode(source), status);
    }

    @Override
    public String toString() {
        return "OfferedDeadlineMissedNotice[" + status + "]";
    }
}
