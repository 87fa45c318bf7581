package io.sirocco.dds.qos;

/**
 * How strongly the members of a topic agree on what they deliver. Declared from weakest to
 * strongest: a writer offering a kind satisfies readers requesting that kind or any weaker one.
 */
public enum ConsistencyKind {
    /**
     * Standard DDS delivery: each reader sees each writer's samples in that writer's order, with no
     * agreement between readers on how the writers' streams interleave. The default.
     */
    EVENTUAL,
    /**
     * State-machine replication: every member of the topic's group delivers the same samples in the
     * same total order, and keeps doing so when a member fails (virtual synchrony).
     */
    ATOMIC
}
