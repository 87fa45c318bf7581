package io.sirocco.dcps.error;

import org.omg.dds.core.PreconditionNotMetException;
import org.omg.dds.core.ServiceEnvironment;

/** Thrown when the entity's state does not allow the operation (e.g. deleting a participant that still has children). */
public final class PreconditionFailedException extends PreconditionNotMetException {
    private static final long serialVersionUID = 1L;
    private final transient ServiceEnvironment environment;

    public PreconditionFailedException(ServiceEnvironment environment, String message) {
        super(message);
        this.environment = environment;
    }

    public PreconditionFailedException(ServiceEnvironment environment, String message, Throwable cause) {
        super(message, cause);
        this.environment = environment;
    }

    @Override
    public ServiceEnvironment getEnvironment() {
        return environment;
    }
}
