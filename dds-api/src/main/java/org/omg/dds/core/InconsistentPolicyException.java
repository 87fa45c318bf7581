package org.omg.dds.core;

/** TODO */
public abstract class InconsistentPolicyException extends DDSException {

    /** TODO */
    protected InconsistentPolicyException(String message, Throwable cause) {
        super(message, cause);
    }

    /** TODO */
    protected InconsistentPolicyException(Throwable cause) {
        super(cause);
    }

    /** TODO */
    protected InconsistentPolicyException(String message) {
        super(message);
    }

    /** TODO */
    protected InconsistentPolicyException() {
        super();
    }
}
