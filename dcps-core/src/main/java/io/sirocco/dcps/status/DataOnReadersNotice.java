package io.sirocco.dcps.status;

import java.util.Objects;
import org.omg.dds.core.ServiceEnvironment;
import org.omg.dds.core.event.DataOnReadersEvent;
import org.omg.dds.sub.Subscriber;

/**
 * The event a listener receives when some reader of a subscriber has new data:
 * the Subscriber whose status changed and an immutable snapshot of that status. Since nothing in it
 * can change, a listener may keep the notice itself; {@link #clone()} exists because the OMG API
 * promises it.
 */
public final class DataOnReadersNotice extends DataOnReadersEvent {
    private static final long serialVersionUID = 1L;

    private final transient ServiceEnvironment environment;
    private final DataOnReadersSnapshot status;

    /** @throws IllegalArgumentException if any argument is {@code null} */
    public DataOnReadersNotice(ServiceEnvironment environment, Subscriber source,
            DataOnReadersSnapshot status) {
        super(source);
        this.environment = StatusArgs.env(environment);
        this.status = StatusArgs.require(status, "status");
    }

    @Override
    public Subscriber getSource() {
        return (Subscriber) source;
    }

    @Override
    public DataOnReadersSnapshot getStatus() {
        return status;
    }

    /** An equal notice, sharing the source and the immutable status. */
    @Override
    public DataOnReadersNotice clone() {
        return new DataOnReadersNotice(environment, getSource(), status);
    }

    @Override
    public ServiceEnvironment getEnvironment() {
        return environment;
    }

    /** Equal when about the same entity object and with equal statuses. */
    @Override
    public boolean equals(Object other) {
        return other instanceof DataOnReadersNotice that && source == that.source
                && status.equals(that.status);
    }

    @Override
    public int hashCode() {
        return Objects.hash(System.identityHashCode(source), status);
    }

    @Override
    public String toString() {
        return "DataOnReadersNotice[" + status + "]";
    }
}
