package org.omg.dds.core;

/** TODO */
public abstract class IllegalOperationException extends DDSException {

    /** TODO */
    protected IllegalOperationException(String message, Throwable cause) {
        super(message, cause);
    }

    /** TODO */
    protected IllegalOperationException(Throwable cause) {
        super(cause);
    }

    /** TODO */
    protected IllegalOperationException(String message) {
        super(message);
    }

    /** TODO */
    protected IllegalOperationException() {
        super();
    }
}
