package io.sirocco.dcps.error;

import org.omg.dds.core.AlreadyClosedException;
import org.omg.dds.core.ServiceEnvironment;

/** Thrown when an entity, condition or loan is used after it was closed. */
public final class EntityClosedException extends AlreadyClosedException {
    private static final long serialVersionUID = 1L;
    private final transient ServiceEnvironment environment;

    public EntityClosedException(ServiceEnvironment environment, String message) {
        super(message);
        this.environment = environment;
    }

    public EntityClosedException(ServiceEnvironment environment, String message, Throwable cause) {
        super(message, cause);
        this.environment = environment;
    }

    @Override
    public ServiceEnvironment getEnvironment() {
        return environment;
    }
}
