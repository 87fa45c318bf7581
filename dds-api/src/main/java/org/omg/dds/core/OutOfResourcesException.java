package org.omg.dds.core;

/** TODO */
public abstract class OutOfResourcesException extends DDSException {

    /** TODO */
    protected OutOfResourcesException(String message, Throwable cause) {
        super(message, cause);
    }

    /** TODO */
    protected OutOfResourcesException(Throwable cause) {
        super(cause);
    }

    /** TODO */
    protected OutOfResourcesException(String message) {
        super(message);
    }

    /** TODO */
    protected OutOfResourcesException() {
        super();
    }
}
