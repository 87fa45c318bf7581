package io.sirocco.perftest;

import io.sirocco.perftest.types.TestDataKeyed_t;
import io.sirocco.perftest.types.TestData_t;

/**
 * Field access to the two generated test types, which share their members but no Java supertype:
 * {@link TestData_t} and, with {@code -keyed}, {@link TestDataKeyed_t}. One instance per type.
 *
 * @param <T> the generated class
 */
public sealed interface TestType<T> {
    /** The unkeyed type. */
    TestType<TestData_t> UNKEYED = new Unkeyed();
    /** The keyed type. */
    TestType<TestDataKeyed_t> KEYED = new Keyed();

    /** The type the options ask for. */
    static TestType<?> of(PerftestOptions options) {
        return options.keyed() ? KEYED : UNKEYED;
    }

    Class<T> javaClass();

    /** A sample with a payload of {@code payloadLength} bytes, to be reused for every write. */
    T newSample(int payloadLength);

    long timestamp(T sample);

    void timestamp(T sample, long nanos);

    int entityId(T sample);

    void entityId(T sample, int id);

    /** The sequence number (an IDL unsigned long, so compare it as unsigned). */
    int seqNum(T sample);

    void seqNum(T sample, int seq);

    int latencyPing(T sample);

    void latencyPing(T sample, int subscriber);

    byte[] payload(T sample);

    void payload(T sample, byte[] payload);

    byte[] key(T sample);

    /** Sets the key to an instance number (little-endian). */
    default void instance(T sample, int instance) {
        byte[] key = key(sample);
        key[0] = (byte) instance;
        key[1] = (byte) (instance >>> 8);
        key[2] = (byte) (instance >>> 16);
        key[3] = (byte) (instance >>> 24);
    }

    /** Copies the header and takes over the payload array of {@code from} (for echoes; no copy). */
    default void echo(T from, T into) {
        timestamp(into, timestamp(from));
        seqNum(into, seqNum(from));
        latencyPing(into, latencyPing(from));
        payload(into, payload(from));
        System.arraycopy(key(from), 0, key(into), 0, 4);
    }

    /** {@code TestData_t}. */
    final class Unkeyed implements TestType<TestData_t> {
        private Unkeyed() {
        }

        @Override
        public Class<TestData_t> javaClass() {
            return TestData_t.class;
        }

        @Override
        public TestData_t newSample(int payloadLength) {
            TestData_t sample = new TestData_t();
            sample.bin_data = new byte[payloadLength];
            sample.latency_ping = -1;
            return sample;
        }

        @Override
        public long timestamp(TestData_t s) {
            return s.timestamp;
        }

        @Override
        public void timestamp(TestData_t s, long nanos) {
            s.timestamp = nanos;
        }

        @Override
        public int entityId(TestData_t s) {
            return s.entity_id;
        }

        @Override
        public void entityId(TestData_t s, int id) {
            s.entity_id = id;
        }

        @Override
        public int seqNum(TestData_t s) {
            return s.seq_num;
        }

        @Override
        public void seqNum(TestData_t s, int seq) {
            s.seq_num = seq;
        }

        @Override
        public int latencyPing(TestData_t s) {
            return s.latency_ping;
        }

        @Override
        public void latencyPing(TestData_t s, int subscriber) {
            s.latency_ping = subscriber;
        }

        @Override
        public byte[] payload(TestData_t s) {
            return s.bin_data;
        }

        @Override
        public void payload(TestData_t s, byte[] payload) {
            s.bin_data = payload;
        }

        @Override
        public byte[] key(TestData_t s) {
            return s.key;
        }
    }

    /** {@code TestDataKeyed_t}. */
    final class Keyed implements TestType<TestDataKeyed_t> {
        private Keyed() {
        }

        @Override
        public Class<TestDataKeyed_t> javaClass() {
            return TestDataKeyed_t.class;
        }

        @Override
        public TestDataKeyed_t newSample(int payloadLength) {
            TestDataKeyed_t sample = new TestDataKeyed_t();
            sample.bin_data = new byte[payloadLength];
            sample.latency_ping = -1;
            return sample;
        }

        @Override
        public long timestamp(TestDataKeyed_t s) {
            return s.timestamp;
        }

        @Override
        public void timestamp(TestDataKeyed_t s, long nanos) {
            s.timestamp = nanos;
        }

        @Override
        public int entityId(TestDataKeyed_t s) {
            return s.entity_id;
        }

        @Override
        public void entityId(TestDataKeyed_t s, int id) {
            s.entity_id = id;
        }

        @Override
        public int seqNum(TestDataKeyed_t s) {
            return s.seq_num;
        }

        @Override
        public void seqNum(TestDataKeyed_t s, int seq) {
            s.seq_num = seq;
        }

        @Override
        public int latencyPing(TestDataKeyed_t s) {
            return s.latency_ping;
        }

        @Override
        public void latencyPing(TestDataKeyed_t s, int subscriber) {
            s.latency_ping = subscriber;
        }

        @Override
        public byte[] payload(TestDataKeyed_t s) {
            return s.bin_data;
        }

        @Override
        public void payload(TestDataKeyed_t s, byte[] payload) {
            s.bin_data = payload;
        }

        @Override
        public byte[] key(TestDataKeyed_t s) {
            return s.key;
        }
    }
}
