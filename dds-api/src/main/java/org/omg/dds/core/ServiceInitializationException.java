package org.omg.dds.core;

/** TODO */
public class ServiceInitializationException extends RuntimeException {

    /** TODO */
    public ServiceInitializationException(String message, Throwable cause) {
        super(message, cause);
    }

    /** TODO */
    public ServiceInitializationException(Throwable cause) {
        super(cause);
    }

    /** TODO */
    public ServiceInitializationException(String message) {
        super(message);
    }

    /** TODO */
    public ServiceInitializationException() {
    }
}
