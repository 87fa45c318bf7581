package io.sirocco.dcps.status;

import java.util.Objects;
import org.omg.dds.core.ServiceEnvironment;
import org.omg.dds.core.event.SubscriptionMatchedEvent;
import org.omg.dds.sub.DataReader;

/**
 * The event a listener receives when a reader was matched with a writer, or lost one:
 * the DataReader whose status changed and an immutable snapshot of that status. Since nothing in it
 * can change, a listener may keep the notice itself; {@link #clone()} exists because the OMG API
 * promises it.
 *
 * @param <T> the data type of the entity's topic
 */
public final class SubscriptionMatchedNotice<T> extends SubscriptionMatchedEvent<T> {
    private static final long serialVersionUID = 1L;

    private final transient ServiceEnvironment environment;
    private final SubscriptionMatchedSnapshot status;

    /** @throws IllegalArgumentException if any argument is {@code null} */
    public SubscriptionMatchedNotice(ServiceEnvironment environment, DataReader<T> source,
            SubscriptionMatchedSnapshot status) {
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
    public SubscriptionMatchedSnapshot getStatus() {
        return status;
    }

    /** An equal notice, sharing the source and the immutable status. */
    @Override
    public SubscriptionMatchedNotice<T> clone() {
        return new SubscriptionMatchedNotice<>(environment, getSource(), status);
    }

    @Override
    public ServiceEnvironment getEnvironment() {
        return environment;
    }

    /** Equal when about the same entity object and with equal statuses. */
    @Override
    public boolean equals(Object other) {
        return other instanceof SubscriptionMatchedNotice<?> that && source == that.source
                && status.equals(that.status);
    }

    @Override
    public int hashCode() {
        return Objects.hash(System.identityHashCode(source), status);
    }

    @Override
    public String toString() {
        return "SubscriptionMatchedNotice[" + status + "]";
    }
}
