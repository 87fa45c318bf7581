package io.sirocco.dcps.spi;

/**
 * Thrown by a path's {@code publish} when a reliable reader could not take a change before the
 * writer's max_blocking_time ran out; the writer turns it into the TimeoutException of write().
 */
public final class FlowControlTimeoutException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public FlowControlTimeoutException(String message) {
        super(message, null, false, false);
    }
}
