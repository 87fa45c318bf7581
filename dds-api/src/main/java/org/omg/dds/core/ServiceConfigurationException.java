package org.omg.dds.core;

/**
 * Thrown when no DDS implementation can be obtained, for example because the configured
 * implementation class cannot be found or instantiated. See
 * {@link ServiceEnvironment#createInstance(ClassLoader)}.
 */
public class ServiceConfigurationException extends RuntimeException {

    /**
     * Creates an exception with a detail message and a cause.
     *
     * @param message the detail message
     * @param cause the underlying failure
     */
    public ServiceConfigurationException(String message, Throwable cause) {
        super(message, cause);
    }

    /**
     * Creates an exception caused by another failure, taking its detail message from it.
     *
     * @param cause the underlying failure
     */
    public ServiceConfigurationException(Throwable cause) {
        super(cause);
    }

    /**
     * Creates an exception with a detail message.
     *
     * @param message the detail message
     */
    public ServiceConfigurationException(String message) {
        super(message);
    }

    /** Creates an exception with no detail message. */
    public ServiceConfigurationException() {
    }
}
