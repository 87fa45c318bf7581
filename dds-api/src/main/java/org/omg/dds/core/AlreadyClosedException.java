package org.omg.dds.core;

/**
 * Thrown when an operation is invoked on an entity or other object that has already been closed,
 * directly or because its parent was closed.
 */
public abstract class AlreadyClosedException extends DDSException {

    /**
     * Creates an exception with a detail message and a cause.
     *
     * @param message the detail message
     * @param cause the underlying failure
     */
    protected AlreadyClosedException(String message, Throwable cause) {
        super(message, cause);
    }

    /**
     * Creates an exception caused by another failure, taking its detail message from it.
     *
     * @param cause the underlying failure
     */
    protected AlreadyClosedException(Throwable cause) {
        super(cause);
    }

    /**
     * Creates an exception with a detail message.
     *
     * @param message the detail message
     */
    protected AlreadyClosedException(String message) {
        super(message);
    }

    /** Creates an exception with no detail message. */
    protected AlreadyClosedException() {
        super();
    }
}
