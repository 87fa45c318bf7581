package org.omg.dds.core;

/**
 * Thrown when a DDS implementation was found but failed while starting up, for example because its
 * configuration is invalid. See {@link ServiceEnvironment#createInstance(ClassLoader)}.
 */
public class ServiceInitializationException extends RuntimeException {

    /**
     * Creates an exception with a detail message and a cause.
     *
     * @param message the detail message
     * @param cause the underlying failure
     */
    public ServiceInitializationException(String message, Throwable cause) {
        super(message, cause);
    }

    /**
     * Creates an exception caused by another failure, taking its detail message from it.
     *
     * @param cause the underlying failure
     */
    public ServiceInitializationException(Throwable cause) {
        super(cause);
    }

    /**
     * Creates an exception with a detail message.
     *
     * @param message the detail message
     */
    public ServiceInitializationException(String message) {
        super(message);
    }

    /** Creates an exception with no detail message. */
    public ServiceInitializationException() {
    }
}
