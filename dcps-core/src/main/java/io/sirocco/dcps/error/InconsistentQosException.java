package io.sirocco.dcps.error;

import org.omg.dds.core.InconsistentPolicyException;
import org.omg.dds.core.ServiceEnvironment;

/** Thrown when the policies of one QoS contradict each other (e.g. history depth above max_samples_per_instance). */
public final class InconsistentQosException extends InconsistentPolicyException {
    private static final long serialVersionUID = 1L;
    private final transient ServiceEnvironment environment;

    public InconsistentQosException(ServiceEnvironment environment, String message) {
        super(message);
        this.environment = environment;
    }

    public InconsistentQosException(ServiceEnvironment environment, String message, Throwable cause) {
        super(message, cause);
        this.environment = environment;
    }

    @Override
    public ServiceEnvironment getEnvironment() {
        return environment;
    }
}
