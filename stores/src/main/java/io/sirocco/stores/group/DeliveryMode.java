package io.sirocco.stores.group;

/** How a group delivers: the engine side of the Consistency QoS. */
public enum DeliveryMode {
    /** Consistency=EVENTUAL: each message on arrival; FIFO per sender, no order across senders. */
    UNORDERED,
    /** Consistency=ATOMIC: one total order, the same at every member; a message once stable at all. */
    ORDERED
}
