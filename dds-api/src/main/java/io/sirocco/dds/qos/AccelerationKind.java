package io.sirocco.dds.qos;

/** Whether a topic writes its samples in place into registered memory (RDMA or shared memory). */
public enum AccelerationKind {
    /** Samples travel over the standard RTPS/UDP path. The default. */
    NONE,
    /**
     * Use the fastest registered-memory fabric the members share (RDMA, then shared memory);
     * when none is available, fall back to the network and say so in a log line and a status.
     */
    PREFERRED,
    /** As {@link #PREFERRED}, but creating the writer or reader fails when no fabric is available. */
    REQUIRED
}
