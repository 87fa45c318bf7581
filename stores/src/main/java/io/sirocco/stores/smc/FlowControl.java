package io.sirocco.stores.smc;

/**
 * Tells a sender how far it may go: the slot of a message can be reused only once every member is
 * done with the message that last used it (received it, in unordered mode; delivered it, in ordered
 * mode, since delivery reads the slot in place).
 */
@FunctionalInterface
public interface FlowControl {

    /** Exclusive bound: messages with an index below it may be written now. Grows over time. */
    long limit();
}
