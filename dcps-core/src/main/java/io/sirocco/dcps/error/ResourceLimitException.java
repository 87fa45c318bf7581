package io.sirocco.dcps.error;

import org.omg.dds.core.OutOfResourcesException;
import org.omg.dds.core.ServiceEnvironment;

/** Thrown when a resource limit of the QoS (or of the implementation) is exhausted. */
public final class ResourceLimitException extends OutOfResourcesException {
    private static final long serialVersionUID = 1L;
    private final transient ServiceEnvironment environment;

    public ResourceLimitException(ServiceEnvironment environment, String message) {
        super(message);
        this.environment = environment;
    }

    public ResourceLimitException(ServiceEnvironment environment, String message, Throwable cause) {
        super(message, cause);
        this.environment = environment;
    }

    @Override
    public ServiceEnvironment getEnvironment() {
        return environment;
    }
}
