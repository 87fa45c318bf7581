package io.sirocco.perftest;

/** A bad command line; the message names the argument and says what is wrong with it. */
public final class UsageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public UsageException(String message) {
        super(message);
    }
}
