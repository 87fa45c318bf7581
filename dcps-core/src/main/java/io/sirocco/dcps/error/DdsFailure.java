package io.sirocco.dcps.error;

import org.omg.dds.core.DDSException;
import org.omg.dds.core.ServiceEnvironment;

/** The DDS "ERROR" return code: an unexpected failure that fits no more specific exception. */
public final class DdsFailure extends DDSException {
    private static final long serialVersionUID = 1L;
    private final transient ServiceEnvironment environment;

    public DdsFailure(ServiceEnvironment environment, String message, Throwable cause) {
        super(message, cause);
        this.environment = environment;
    }

    @Override
    public ServiceEnvironment getEnvironment() {
        return environment;
    }
}
