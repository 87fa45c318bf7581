package io.sirocco.dcps.spi;

/**
 * One change in a writer's history, as paths see it: sequence number, kind, instance, timestamp
 * and the sample (for ALIVE changes) or a sample holding at least the key fields (for dispose and
 * unregister). Changes are pooled by the writer: a path must not keep a reference after the call
 * it received it in, except under the writer's history lock (see {@link LocalWriter#replayHistory}).
 *
 * @param <T> the sample type
 */
public final class WriterChange<T> {
    long sequenceNumber;
    ChangeKind kind;
    long instanceHandle;
    long sourceTimestampNanos;
    long expiryNanoTime;
    T data;
    final byte[] keyHash = new byte[16];

    public WriterChange() {
    }

    /** Sets every field; the writer calls this when it recycles a pooled change. */
    public void set(long sequence, ChangeKind changeKind, long instance, long sourceTimestamp, long expiry, T sample) {
        this.sequenceNumber = sequence;
        this.kind = changeKind;
        this.instanceHandle = instance;
        this.sourceTimestampNanos = sourceTimestamp;
        this.expiryNanoTime = expiry;
        this.data = sample;
    }

    /** Strictly increasing per writer, starting at 1 (RTPS sequence numbers). */
    public long sequenceNumber() {
        return sequenceNumber;
    }

    public ChangeKind kind() {
        return kind;
    }

    /** The writer-side instance handle. */
    public long instanceHandle() {
        return instanceHandle;
    }

    /** Nanoseconds since the epoch, as given to or taken by write(). */
    public long sourceTimestampNanos() {
        return sourceTimestampNanos;
    }

    /** When the sample's lifespan ends ({@link System#nanoTime()} scale), {@link Long#MAX_VALUE} for never. */
    public long expiryNanoTime() {
        return expiryNanoTime;
    }

    /** The sample (ALIVE) or a sample whose key fields identify the instance (other kinds). */
    public T data() {
        return data;
    }

    /** The 16-byte RTPS key hash of the instance; paths must not modify it. */
    public byte[] keyHash() {
        return keyHash;
    }

    @Override
    public String toString() {
        return "WriterChange[" + sequenceNumber + " " + kind + " instance " + instanceHandle + "]";
    }
}
