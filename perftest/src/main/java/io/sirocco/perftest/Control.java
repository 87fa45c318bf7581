package io.sirocco.perftest;

/**
 * The reserved sequence numbers and ping values of the test protocol (see perftest.idl): data samples
 * count from 0 and wrap before {@link #INITIALIZE}.
 */
public final class Control {
    /** seq_num of a warm-up sample: sent before measuring, echoed when it is a ping, never counted. */
    public static final int INITIALIZE = 0xFFFF_FFFE;
    /** seq_num of the end-of-test sample. */
    public static final int FINISH = 0xFFFF_FFFF;
    /** latency_ping of a sample nobody echoes. */
    public static final int NO_PING = -1;

    private Control() {
    }

    /** Whether a seq_num is a data sample's (not a control). */
    public static boolean isData(int seq) {
        return Integer.compareUnsigned(seq, INITIALIZE) < 0;
    }

    /** The data sequence number after {@code seq}, skipping the reserved values. */
    public static int next(int seq) {
        int next = seq + 1;
        return isData(next) ? next : 0;
    }
}
