package org.omg.dds.core;

/**
 * Thrown when an operation is invoked on an object, or at a time, where the specification or the
 * implementation does not allow it, for example from the wrong context.
 */
public abstract class IllegalOperationException extends DDSException {

    /**
     * Creates an exception with a detail message and a cause.
     *
     * @param message the detail message
     * @param cause the underlying failure
     */
    protected IllegalOperationException(String message, Throwable cause) {
        super(message, cause);
    }

    /**
     * Creates an exception caused by another failure, taking its detail message from it.
     *
     * @param cause the underlying failure
     */
    protected IllegalOperationException(Throwable cause) {
        super(cause);
    }

    /**
     * Creates an exception with a detail message.
     *
     * @param message the detail message
     */
    protected IllegalOperationException(String message) {
        super(message);
    }

    /** Creates an exception with no detail message. */
    protected IllegalOperationException() {
        super();
    }
}
