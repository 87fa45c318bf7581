package org.omg.dds.core;

/** TODO */
public abstract class AlreadyClosedException extends DDSException {

    /** TODO */
    protected AlreadyClosedException(String message, Throwable cause) {
        super(message, cause);
    }

    /** TODO */
    protected AlreadyClosedException(Throwable cause) {
        super(cause);
    }

    /** TODO */
    protected AlreadyClosedException(String message) {
        super(message);
    }

    /** TODO */
    protected AlreadyClosedException() {
        super();
    }
}
