package io.sirocco.rtps.reader;

import io.sirocco.dcps.core.Guid;
import java.net.InetSocketAddress;
import java.util.TreeMap;

/**
 * A reader's state for one matched remote writer (DDSI-RTPS WriterProxy): what was delivered, what
 * arrived early, what is being reassembled, and the writer's liveliness. Guarded by its reader's
 * lock; the participant's receive path finds it by the writer's GUID.
 */
public final class RemoteWriter {
    /** Liveliness kinds, as on the wire. */
    public static final int AUTOMATIC = 0;
    public static final int MANUAL_BY_PARTICIPANT = 1;
    public static final int MANUAL_BY_TOPIC = 2;

    /** Marks a sequence number the writer declared irrelevant (GAP) in the early-arrival buffer. */
    static final Pending IRRELEVANT = new Pending();

    final RtpsReader reader;
    final Guid guid;
    final long guidHigh;
    final long guidLow;
    final boolean reliable;
    final ChangeSink sink;
    final InetSocketAddress acknackTarget;
    final long leaseNanos;
    final int livelinessKind;
    final boolean writerFiltersHistory;
    /** Reliable: the next sequence number to deliver. */
    long nextExpected = 1;
    /** Best effort: the last sequence number delivered. */
    long lastDelivered;
    long lastAvailable;
    /** Whether a heartbeat told where this writer's history starts (volatile readers skip history). */
    boolean synced;
    boolean removed;
    int lastHeartbeatCount = Integer.MIN_VALUE;
    int lastHeartbeatFragCount = Integer.MIN_VALUE;
    int acknackCount;
    int nackFragCount;
    long bufferedBytes;
    final TreeMap<Long, Pending> early = new TreeMap<>();
    final TreeMap<Long, FragmentAssembly> assemblies = new TreeMap<>();
    FragmentAssembly spareAssembly;
    long lastActivity = System.nanoTime();
    boolean alive = true;

    RemoteWriter(RtpsReader reader, Guid guid, boolean reliable, ChangeSink sink, InetSocketAddress acknackTarget,
            long leaseNanos, int livelinessKind, boolean writerFiltersHistory) {
        this.reader = reader;
        this.guid = guid;
        this.guidHigh = guid.high();
        this.guidLow = guid.low();
        this.reliable = reliable;
        this.sink = sink;
        this.acknackTarget = acknackTarget;
        this.leaseNanos = leaseNanos;
        this.livelinessKind = livelinessKind;
        this.writerFiltersHistory = writerFiltersHistory;
    }

    /** The local reader this state belongs to. */
    public RtpsReader reader() {
        return reader;
    }

    public Guid guid() {
        return guid;
    }

    /** The entity id of the local reader (a DATA addressed to another reader is not for this one). */
    public int readerEntityId() {
        return reader.entityId();
    }

    /** A change that arrived before its predecessors, copied out of the datagram. */
    static final class Pending {
        int statusInfo;
        boolean keyOnly;
        byte[] keyHash;
        long timestampNanos;
        byte[] payload;
    }

    @Override
    public String toString() {
        return "RemoteWriter[" + guid + ", next " + nextExpected + ", early " + early.size() + "]";
    }
}
