package io.sirocco.dcps.error;

import org.omg.dds.core.NotEnabledException;
import org.omg.dds.core.ServiceEnvironment;

/** Thrown when an operation needs an enabled entity and the entity is not enabled yet. */
public final class EntityNotEnabledException extends NotEnabledException {
    private static final long serialVersionUID = 1L;
    private final transient ServiceEnvironment environment;

    public EntityNotEnabledException(ServiceEnvironment environment, String message) {
        super(message);
        this.environment = environment;
    }

    public EntityNotEnabledException(ServiceEnvironment environment, String message, Throwable cause) {
        super(message, cause);
        this.environment = environment;
    }

    @Override
    public ServiceEnvironment getEnvironment() {
        return environment;
    }
}
