package org.omg.dds.core;

/** TODO */
public abstract class ImmutablePolicyException extends DDSException {

    /** TODO */
    protected ImmutablePolicyException(String message, Throwable cause) {
        super(message, cause);
    }

    /** TODO */
    protected ImmutablePolicyException(Throwable cause) {
        super(cause);
    }

    /** TODO */
    protected ImmutablePolicyException(String message) {
        super(message);
    }

    /** TODO */
    protected ImmutablePolicyException() {
        super();
    }
}
