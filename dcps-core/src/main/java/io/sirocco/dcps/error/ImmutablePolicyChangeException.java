package io.sirocco.dcps.error;

import org.omg.dds.core.ImmutablePolicyException;
import org.omg.dds.core.ServiceEnvironment;

/** Thrown when a QoS change touches a policy that cannot change once the entity is enabled. */
public final class ImmutablePolicyChangeException extends ImmutablePolicyException {
    private static final long serialVersionUID = 1L;
    private final transient ServiceEnvironment environment;

    public ImmutablePolicyChangeException(ServiceEnvironment environment, String message) {
        super(message);
        this.environment = environment;
    }

    public ImmutablePolicyChangeException(ServiceEnvironment environment, String message, Throwable cause) {
        super(message, cause);
        this.environment = environment;
    }

    @Override
    public ServiceEnvironment getEnvironment() {
        return environment;
    }
}
