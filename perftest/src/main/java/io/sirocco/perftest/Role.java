package io.sirocco.perftest;

/** What one invocation runs. */
public enum Role {
    /** {@code -pub}: writes Throughput samples, measures latency from echoes. */
    PUBLISHER,
    /** {@code -sub}: reads Throughput samples, measures throughput, echoes pings. */
    SUBSCRIBER,
    /** Neither given: a subscriber and a publisher in two child processes, latency test then throughput test. */
    BOTH
}
