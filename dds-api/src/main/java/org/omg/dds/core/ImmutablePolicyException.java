package org.omg.dds.core;

/**
 * Thrown when an application tries to change a QoS policy that can no longer be changed, because
 * the entity it applies to is already enabled.
 */
public abstract class ImmutablePolicyException extends DDSException {

    /**
     * Creates an exception with a detail message and a cause.
     *
     * @param message the detail message
     * @param cause the underlying failure
     */
    protected ImmutablePolicyException(String message, Throwable cause) {
        super(message, cause);
    }

    /**
     * Creates an exception caused by another failure, taking its detail message from it.
     *
     * @param cause the underlying failure
     */
    protected ImmutablePolicyException(Throwable cause) {
        super(cause);
    }

    /**
     * Creates an exception with a detail message.
     *
     * @param message the detail message
     */
    protected ImmutablePolicyException(String message) {
        super(message);
    }

    /** Creates an exception with no detail message. */
    protected ImmutablePolicyException() {
        super();
    }
}
