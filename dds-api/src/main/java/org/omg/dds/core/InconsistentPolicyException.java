package org.omg.dds.core;

/**
 * Thrown when a QoS contains policies whose values contradict each other, for example a history
 * depth larger than the resource limit on samples per instance.
 */
public abstract class InconsistentPolicyException extends DDSException {

    /**
     * Creates an exception with a detail message and a cause.
     *
     * @param message the detail message
     * @param cause the underlying failure
     */
    protected InconsistentPolicyException(String message, Throwable cause) {
        super(message, cause);
    }

    /**
     * Creates an exception caused by another failure, taking its detail message from it.
     *
     * @param cause the underlying failure
     */
    protected InconsistentPolicyException(Throwable cause) {
        super(cause);
    }

    /**
     * Creates an exception with a detail message.
     *
     * @param message the detail message
     */
    protected InconsistentPolicyException(String message) {
        super(message);
    }

    /** Creates an exception with no detail message. */
    protected InconsistentPolicyException() {
        super();
    }
}
