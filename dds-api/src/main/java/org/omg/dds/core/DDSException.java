package org.omg.dds.core;

/** TODO */
public abstract class DDSException extends RuntimeException implements DDSObject {

    /** TODO */
    protected DDSException(String message, Throwable cause) {
        super(message, cause);
    }

    /** TODO */
    protected DDSException(Throwable cause) {
        super(cause);
    }

    /** TODO */
    protected DDSException(String message) {
        super(message);
    }

    /** TODO */
    protected DDSException() {
        super();
    }
}
