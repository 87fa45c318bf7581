package io.sirocco.stores.fabric;

import java.util.function.IntPredicate;

/**
 * A kind of fabric, found with {@link java.util.ServiceLoader}. The group engine asks each provider
 * whether it can reach a set of members and picks the best one that can (RDMA, then shared memory,
 * then the network fallback).
 */
public interface FabricProvider {

    /** Short name used in logs, statuses and settings: {@code "rdma"}, {@code "shm"}, {@code "udp"}, {@code "local"}. */
    String name();

    /** Higher is preferred when several providers can reach every member. */
    int preference();

    /** Whether this process can use this fabric at all (device present, /dev/shm writable, ...). */
    boolean available();

    /**
     * What this member announces to peers (in SEDP) so that they can reach it over this fabric: an
     * opaque, provider-defined string (a host id and path for shared memory, addresses for RDMA).
     */
    String localLocator();

    /** Whether a member that announced {@code peerLocator} can be reached from here. */
    boolean reaches(String peerLocator);

    /** Opens this member's region for a view of a group. */
    FabricGroup open(GroupLayout layout) throws FabricException;

    /**
     * Opens this member's region for a view, exchanging rows only with the peers {@code linked}
     * accepts (a composite fabric reaches the others another way): pushes to the others are ignored,
     * their rows here are never written and {@link FabricGroup#failed} is false for them. Every member
     * must pass the same relation, so that two members agree on whether they are linked. The default
     * links every peer, which is correct but may spend connections on peers that are never used.
     */
    default FabricGroup open(GroupLayout layout, IntPredicate linked) throws FabricException {
        return open(layout);
    }
}
