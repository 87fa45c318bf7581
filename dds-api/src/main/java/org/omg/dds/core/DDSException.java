package org.omg.dds.core;

/**
 * The base of the exceptions the Service throws when a DDS operation fails, each subclass standing
 * for one of the error results of the DDS specification. They are unchecked. Implementations provide
 * the concrete classes; a failure that fits none of the subclasses is reported with a class that
 * extends {@code DDSException} directly.
 */
public abstract class DDSException extends RuntimeException implements DDSObject {

    /**
     * Creates an exception with a detail message and a cause.
     *
     * @param message the detail message
     * @param cause the underlying failure
     */
    protected DDSException(String message, Throwable cause) {
        super(message, cause);
    }

    /**
     * Creates an exception caused by another failure, taking its detail message from it.
     *
     * @param cause the underlying failure
     */
    protected DDSException(Throwable cause) {
        super(cause);
    }

    /**
     * Creates an exception with a detail message.
     *
     * @param message the detail message
     */
    protected DDSException(String message) {
        super(message);
    }

    /** Creates an exception with no detail message. */
    protected DDSException() {
        super();
    }
}
