package org.omg.dds.core;

/** TODO */
public class ServiceConfigurationException extends RuntimeException {

    /** TODO */
    public ServiceConfigurationException(String message, Throwable cause) {
        super(message, cause);
    }

    /** TODO */
    public ServiceConfigurationException(Throwable cause) {
        super(cause);
    }

    /** TODO */
    public ServiceConfigurationException(String message) {
        super(message);
    }

    /** TODO */
    public ServiceConfigurationException() {
    }
}
