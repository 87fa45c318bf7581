package org.omg.dds.core;

/**
 * Thrown when an operation is invoked while a condition it requires does not hold, for example
 * detaching a condition that is not attached to the wait set.
 */
public abstract class PreconditionNotMetException extends DDSException {

    /**
     * Creates an exception with a detail message and a cause.
     *
     * @param message the detail message
     * @param cause the underlying failure
     */
    protected PreconditionNotMetException(String message, Throwable cause) {
        super(message, cause);
    }

    /**
     * Creates an exception caused by another failure, taking its detail message from it.
     *
     * @param cause the underlying failure
     */
    protected PreconditionNotMetException(Throwable cause) {
        super(cause);
    }

    /**
     * Creates an exception with a detail message.
     *
     * @param message the detail message
     */
    protected PreconditionNotMetException(String message) {
        super(message);
    }

    /** Creates an exception with no detail message. */
    protected PreconditionNotMetException() {
        super();
    }
}
