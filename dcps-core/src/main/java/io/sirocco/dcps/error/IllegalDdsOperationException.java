package io.sirocco.dcps.error;

import org.omg.dds.core.IllegalOperationException;
import org.omg.dds.core.ServiceEnvironment;

/** Thrown when an operation is called on an entity that cannot perform it in its context. */
public final class IllegalDdsOperationException extends IllegalOperationException {
    private static final long serialVersionUID = 1L;
    private final transient ServiceEnvironment environment;

    public IllegalDdsOperationException(ServiceEnvironment environment, String message) {
        super(message);
        this.environment = environment;
    }

    public IllegalDdsOperationException(ServiceEnvironment environment, String message, Throwable cause) {
        super(message, cause);
        this.environment = environment;
    }

    @Override
    public ServiceEnvironment getEnvironment() {
        return environment;
    }
}
