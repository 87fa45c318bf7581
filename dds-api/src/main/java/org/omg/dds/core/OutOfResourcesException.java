package org.omg.dds.core;

/**
 * Thrown when the Service cannot complete an operation because it lacks the resources it needs,
 * either from the system or within the limits set by the resource-limits QoS policy.
 */
public abstract class OutOfResourcesException extends DDSException {

    /**
     * Creates an exception with a detail message and a cause.
     *
     * @param message the detail message
     * @param cause the underlying failure
     */
    protected OutOfResourcesException(String message, Throwable cause) {
        super(message, cause);
    }

    /**
     * Creates an exception caused by another failure, taking its detail message from it.
     *
     * @param cause the underlying failure
     */
    protected OutOfResourcesException(Throwable cause) {
        super(cause);
    }

    /**
     * Creates an exception with a detail message.
     *
     * @param message the detail message
     */
    protected OutOfResourcesException(String message) {
        super(message);
    }

    /** Creates an exception with no detail message. */
    protected OutOfResourcesException() {
        super();
    }
}
