package org.omg.dds.core;

/**
 * Thrown when an operation that needs an enabled entity is invoked on an entity that has not been
 * enabled yet (see {@link Entity#enable()}).
 */
public abstract class NotEnabledException extends DDSException {

    /**
     * Creates an exception with a detail message and a cause.
     *
     * @param message the detail message
     * @param cause the underlying failure
     */
    protected NotEnabledException(String message, Throwable cause) {
        super(message, cause);
    }

    /**
     * Creates an exception caused by another failure, taking its detail message from it.
     *
     * @param cause the underlying failure
     */
    protected NotEnabledException(Throwable cause) {
        super(cause);
    }

    /**
     * Creates an exception with a detail message.
     *
     * @param message the detail message
     */
    protected NotEnabledException(String message) {
        super(message);
    }

    /** Creates an exception with no detail message. */
    protected NotEnabledException() {
        super();
    }
}
