package io.sirocco.dcps.status;

import java.util.Objects;
import org.omg.dds.core.ServiceEnvironment;
import org.omg.dds.core.event.OfferedIncompatibleQosEvent;
import org.omg.dds.pub.DataWriter;

/**
 * The event a listener receives when a writer found a reader whose request it cannot satisfy:
 * the DataWriter whose status changed and an immutable snapshot of that status. Since nothing in it
 * can change, a listener may keep the notice itself; {@link #clone()} exists because the OMG API
 * promises it.
 *
 * @param <T> the data type of the entity's topic
 */
public final class OfferedIncompatibleQosNotice<T> extends OfferedIncompatibleQosEvent<T> {
    private static final long serialVersionUID = 1L;

    private final transient ServiceEnvironment environment;
    private final OfferedIncompatibleQosSnapshot status;

    /** @throws IllegalArgumentException if any argument is {@code null} */
    public OfferedIncompatibleQosNotice(ServiceEnvironment environment, DataWriter<T> source,
            OfferedIncompatibleQosSnapshot status) {
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
    public OfferedIncompatibleQosSnapshot getStatus() {
        return status;
    }

    /** An equal notice, sharing the source and the immutable status. */
    @Override
    public OfferedIncompatibleQosNotice<T> clone() {
        return new OfferedIncompatibleQosNotice<>(environment, getSource(), status);
    }

    @Override
    public ServiceEnvironment getEnvironment() {
        return environment;
    }

    /** Equal when about the same entity object and with equal statuses. */
    @Override
    public boolean equals(Object other) {
        return other instanceof OfferedIncompatibleQosNotice<?> that && source == that.source
                && status.equals(that.status);
    }

    @Override
    public int hashCode() {
        return Objects.hash(System.identityHashCode(source), status);
    }

    @Override
    public String toString() {
        return "OfferedIncompatibleQosNotice[" + status + "]";
    }
}
