package org.omg.dds.core;

/** TODO */
public abstract class NotEnabledException extends DDSException {

    /** TODO */
    protected NotEnabledException(String message, Throwable cause) {
        super(message, cause);
    }

    /** TODO */
    protected NotEnabledException(Throwable cause) {
        super(cause);
    }

    /** TODO */
    protected NotEnabledException(String message) {
        super(message);
    }

    /** TODO */
    protected NotEnabledException() {
        super();
    }
}
