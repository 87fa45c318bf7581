package org.omg.dds.core;

/** TODO */
public abstract class PreconditionNotMetException extends DDSException {

    /** TODO */
    protected PreconditionNotMetException(String message, Throwable cause) {
        super(message, cause);
    }

    /** TODO */
    protected PreconditionNotMetException(Throwable cause) {
        super(cause);
    }

    /** TODO */
    protected PreconditionNotMetException(String message) {
        super(message);
    }

    /** TODO */
    protected PreconditionNotMetException() {
        super();
    }
}
