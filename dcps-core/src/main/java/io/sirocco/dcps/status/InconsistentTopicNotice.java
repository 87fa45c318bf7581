package io.sirocco.dcps.status;

import java.util.Objects;
import org.omg.dds.core.ServiceEnvironment;
import org.omg.dds.core.event.InconsistentTopicEvent;
import org.omg.dds.topic.Topic;

/**
 * The event a listener receives when a topic of the same name but another type or QoS was discovered:
 * the Topic whose status changed and an immutable snapshot of that status. Since nothing in it
 * can change, a listener may keep the notice itself; {@link #clone()} exists because the OMG API
 * promises it.
 *
 * @param <T> the data type of the entity's topic
 */
public final class InconsistentTopicNotice<T> extends InconsistentTopicEvent<T> {
    private static final long serialVersionUID = 1L;

    private final transient ServiceEnvironment environment;
    private final InconsistentTopicSnapshot status;

    /** @throws IllegalArgumentException if any argument is {@code null} */
    public InconsistentTopicNotice(ServiceEnvironment environment, Topic<T> source,
            InconsistentTopicSnapshot status) {
        super(source);
        this.environment = StatusArgs.env(environment);
        this.status = StatusArgs.require(status, "status");
    }

    @Override
    @SuppressWarnings("unchecked")
    public Topic<T> getSource() {
        return (Topic<T>) source;
    }

    @Override
    public InconsistentTopicSnapshot getStatus() {
        return status;
    }

    /** An equal notice, sharing the source and the immutable status. */
    @Override
    public InconsistentTopicNotice<T> clone() {
        return new InconsistentTopicNotice<>(environment, getSource(), status);
    }

    @Override
    public ServiceEnvironment getEnvironment() {
        return environment;
    }

    /** Equal when about the same entity object and with equal statuses. */
    @Override
    public boolean equals(Object other) {
        return other instanceof InconsistentTopicNotice<?> that && source == that.source
                && status.equals(that.status);
    }

    @Override
    public int hashCode() {
        return Objects.hash(System.identityHashCode(source), status);
    }

    @Override
    public String toString() {
        return "InconsistentTopicNotice[" + status + "]";
    }
}
