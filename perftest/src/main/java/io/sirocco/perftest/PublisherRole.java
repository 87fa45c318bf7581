package io.sirocco.perftest;

import io.sirocco.perftest.Results.LatencySummary;
import io.sirocco.perftest.types.TestData_t;
import java.util.BitSet;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.omg.dds.core.status.DataAvailableStatus;
import org.omg.dds.core.event.DataAvailableEvent;
import org.omg.dds.pub.DataWriter;
import org.omg.dds.sub.DataReader;
import org.omg.dds.sub.DataReaderAdapter;
import org.omg.dds.sub.Sample;

/**
 * {@code -pub}: waits for {@code -numSubscribers} subscribers, warms up, writes Throughput samples
 * for {@code -executionTime} seconds or {@code -numIter} samples (every {@code -latencyCount}-th a
 * ping, answered by subscriber {@code ping % numSubscribers}; with {@code -latencyTest} each ping
 * waits for its echo), sends FINISH and prints the latency summary. Only publisher 0 pings.
 *
 * <p>The steady-state loop allocates nothing: one sample object is rewritten for every write, and
 * the timestamp travels in it.
 *
 * @param <T> the test type
 */
final class PublisherRole<T> {
    /** Warm-up (JIT compilation, buffers, ARP and socket caches): this long at most ... */
    static final long WARM_UP_NANOS = 2_000_000_000L;
    /** ... and at most this many samples. */
    static final long WARM_UP_SAMPLES = 50_000;
    /** How long a latency-test publisher spins for an echo before parking. */
    private static final long SPIN_NANOS = Long.getLong("sirocco.perftest.spinNanos", 50_000);

    private final PerftestOptions options;
    private final TestType<T> type;
    private final ResultWriter out;
    private final Progress progress;
    private final LatencyStats latency = new LatencyStats();
    private final PingTracker pings = new PingTracker(SPIN_NANOS);
    private final Pacer pacer;
    private final boolean pinger;
    private long writeTimeouts;

    PublisherRole(PerftestOptions options, TestType<T> type, ResultWriter out, Progress progress) {
        this.options = options;
        this.type = type;
        this.out = out;
        this.progress = progress;
        this.pacer = new Pacer(options);
        this.pinger = options.publisherId() == 0;
    }

    /** Runs the test; the process's exit status. */
    int run() throws InterruptedException {
        try (TestDomain<T> domain = new TestDomain<>(options, type)) {
            DataWriter<T> writer = domain.publisher.createDataWriter(domain.throughput, domain.qos.throughputWriter());
            DataReader<T> echoes = pinger ? domain.subscriber.createDataReader(domain.latency,
                    domain.qos.latencyReader(), new EchoListener(), DataAvailableStatus.class) : null;
            DataReader<TestData_t> announcements = domain.subscriber.createDataReader(domain.announcement,
                    domain.qos.announcementReader());
            awaitSubscribers(writer, echoes, announcements);

            T sample = type.newSample(options.payloadLength());
            type.entityId(sample, options.publisherId());
            progress.say("warming up (" + WARM_UP_SAMPLES + " samples or " + WARM_UP_NANOS / 1_000_000_000L
                    + " s at most)");
            send(writer, sample, true, System.nanoTime() + WARM_UP_NANOS, WARM_UP_SAMPLES);
            pings.awaitAnswer();

            progress.say(describeTest());
            CpuMeter cpu = new CpuMeter();
            long start = System.nanoTime();
            long end = options.executionTime() > 0 ? start + TimeUnit.SECONDS.toNanos(options.executionTime())
                    : Long.MAX_VALUE;
            long limit = options.executionTime() > 0 ? Long.MAX_VALUE : options.numIter();
            long sent;
            try (IntervalReporter reporter = new IntervalReporter("perftest-intervals", () -> reportInterval(cpu))) {
                if (pinger && options.printIntervals()) {
                    reporter.start();
                }
                pacer.start();
                sent = send(writer, sample, false, end, limit);
                pings.awaitAnswer();
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            finish(writer, sample, domain.qos.throughputReliable());
            progress.say(String.format(java.util.Locale.ROOT, "sent %d samples in %.1f s (%.0f samples/s)%s", sent,
                    seconds, sent / seconds, writeTimeouts > 0 ? "; " + writeTimeouts + " writes timed out and were "
                    + "retried (a reader did not acknowledge within max_blocking_time)" : ""));
            if (pinger) {
                LatencySummary summary = latency.summary(options.dataLen(), options.cpu() ? cpu.total() : Double.NaN);
                if (summary != null) {
                    out.latencySummary(summary);
                } else {
                    progress.say("no latency measured: no ping was answered");
                }
            }
            return 0;
        } finally {
            out.close();
        }
    }

    private String describeTest() {
        String length = options.executionTime() > 0 ? options.executionTime() + " s" : options.numIter() + " samples";
        return (options.latencyTest() ? "latency test" : "throughput test") + ": " + options.dataLen() + " B samples, "
                + length + ", " + (options.bestEffort() ? "best effort" : "reliable")
                + (pinger ? ", a ping every " + options.effectiveLatencyCount() + " samples" : ", no pings (not pid 0)");
    }

    /** Writes samples until {@code end} or {@code limit}; the number written. */
    private long send(DataWriter<T> writer, T sample, boolean warmUp, long end, long limit)
            throws InterruptedException {
        int latencyCount = options.effectiveLatencyCount();
        int subscribers = options.numSubscribers();
        int instances = options.instances();
        boolean keyed = options.keyed();
        boolean waitForEcho = options.latencyTest();
        int seq = 0;
        int nextPinged = 0;
        int instance = 0;
        long sent = 0;
        long untilPing = 0;
        while (sent < limit) {
            pacer.beforeSample();
            long now = System.nanoTime();
            if (now >= end) {
                break;
            }
            boolean ping = pinger && untilPing == 0 && pings.mayPing(now);
            untilPing = untilPing == 0 ? latencyCount - 1 : untilPing - 1;
            type.seqNum(sample, warmUp ? Control.INITIALIZE : seq);
            type.latencyPing(sample, ping ? nextPinged : Control.NO_PING);
            if (ping) {
                nextPinged = nextPinged + 1 == subscribers ? 0 : nextPinged + 1;
                pings.sent(now);
            }
            if (keyed) {
                type.instance(sample, instance);
                instance = instance + 1 == instances ? 0 : instance + 1;
            }
            type.timestamp(sample, now);
            write(writer, sample);
            seq = Control.next(seq);
            sent++;
            if (ping && waitForEcho) {
                pings.awaitAnswer();
            }
            pacer.afterSample();
        }
        return sent;
    }

    private void write(DataWriter<T> writer, T sample) {
        while (true) {
            try {
                writer.write(sample);
                return;
            } catch (TimeoutException e) {
                writeTimeouts++; // the send queue stayed full for max_blocking_time: try again
            }
        }
    }

    /** Tells the subscribers the test is over: once, reliably, or ten times for best effort. */
    private void finish(DataWriter<T> writer, T sample, boolean reliable) throws InterruptedException {
        type.seqNum(sample, Control.FINISH);
        type.latencyPing(sample, Control.NO_PING);
        int copies = reliable ? 1 : 10;
        for (int i = 0; i < copies; i++) {
            type.timestamp(sample, System.nanoTime());
            write(writer, sample);
            if (!reliable) {
                Thread.sleep(10);
            }
        }
        if (reliable) {
            try {
                writer.waitForAcknowledgments(10, TimeUnit.SECONDS);
            } catch (TimeoutException e) {
                progress.say("not every subscriber acknowledged the end of the test within 10 s");
            }
        }
    }

    private void reportInterval(CpuMeter cpu) {
        var row = latency.takeInterval(options.dataLen(), options.cpu() ? cpu.interval() : Double.NaN);
        if (row != null) {
            out.latencyInterval(row);
        }
    }

    /** Waits until every subscriber has announced itself and every endpoint has matched its peers. */
    private void awaitSubscribers(DataWriter<T> writer, DataReader<T> echoes, DataReader<TestData_t> announcements)
            throws InterruptedException {
        int wanted = options.numSubscribers();
        BitSet announced = new BitSet();
        progress.say("waiting for " + wanted + " subscriber(s) on domain " + options.domain());
        long nextNote = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (true) {
            Sample.Iterator<TestData_t> it = announcements.read();
            try {
                while (it.hasNext()) {
                    TestData_t a = it.next().getData();
                    if (a != null) {
                        announced.set(a.entity_id);
                    }
                }
            } finally {
                Loans.release(it);
            }
            int matched = writer.getPublicationMatchedStatus().getCurrentCount();
            int echoing = echoes == null ? wanted : echoes.getSubscriptionMatchedStatus().getCurrentCount();
            if (announced.cardinality() >= wanted && matched >= wanted && echoing >= wanted) {
                progress.say("found " + wanted + " subscriber(s)");
                return;
            }
            if (System.nanoTime() > nextNote) {
                progress.say("still waiting: " + announced.cardinality() + " of " + wanted + " subscribers announced, "
                        + matched + " matched the Throughput writer, " + echoing + " the Latency reader");
                nextNote = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            }
            Thread.sleep(10);
        }
    }

    /** Echoes from subscribers, on the thread that delivers them. */
    private final class EchoListener extends DataReaderAdapter<T> {
        @Override
        public void onDataAvailable(DataAvailableEvent<T> event) {
            DataReader<T> reader = event.getSource();
            Sample.Iterator<T> it = reader.take();
            try {
                while (it.hasNext()) {
                    T echo = it.next().getData();
                    if (echo == null) {
                        continue;
                    }
                    long now = System.nanoTime();
                    long sentAt = type.timestamp(echo);
                    if (Control.isData(type.seqNum(echo))) {
                        latency.recordRoundTrip(now - sentAt);
                    }
                    pings.answered(sentAt);
                }
            } finally {
                Loans.release(it);
            }
        }
    }
}
