package io.sirocco.perftest;

import io.sirocco.perftest.Results.ThroughputSummary;
import io.sirocco.perftest.types.TestData_t;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.omg.dds.core.event.DataAvailableEvent;
import org.omg.dds.core.status.DataAvailableStatus;
import org.omg.dds.pub.DataWriter;
import org.omg.dds.sub.DataReader;
import org.omg.dds.sub.DataReaderAdapter;
import org.omg.dds.sub.Sample;

/**
 * {@code -sub}: waits for {@code -numPublishers} publishers, announces itself, counts Throughput
 * samples (lost ones from sequence gaps), echoes the pings addressed to it ({@code -sidMultiSubTest})
 * on the Latency topic, and prints the throughput summary once every publisher has sent FINISH (or
 * has gone away).
 *
 * <p>Everything per sample happens in the reader's listener, on the thread that delivers: take,
 * echo (written straight from the received sample, payload array included), count. It allocates
 * nothing.
 *
 * @param <T> the test type
 */
final class SubscriberRole<T> {
    private final PerftestOptions options;
    private final TestType<T> type;
    private final ResultWriter out;
    private final Progress progress;
    private final ThroughputStats throughput;
    private final boolean[] finished;
    private final CountDownLatch allFinished = new CountDownLatch(1);
    private final T echo;
    private final int id;
    private DataWriter<T> echoWriter;
    private int finishedCount;
    private long echoTimeouts;

    SubscriberRole(PerftestOptions options, TestType<T> type, ResultWriter out, Progress progress) {
        this.options = options;
        this.type = type;
        this.out = out;
        this.progress = progress;
        this.throughput = new ThroughputStats(options.numPublishers());
        this.finished = new boolean[options.numPublishers()];
        this.echo = type.newSample(0);
        this.id = options.subscriberId();
        type.entityId(echo, id);
    }

    /** Runs the test; the process's exit status. */
    int run() throws InterruptedException {
        try (TestDomain<T> domain = new TestDomain<>(options, type)) {
            echoWriter = domain.publisher.createDataWriter(domain.latency, domain.qos.latencyWriter());
            DataReader<T> reader = domain.subscriber.createDataReader(domain.throughput, domain.qos.throughputReader(),
                    new DataListener(), DataAvailableStatus.class);
            DataWriter<TestData_t> announcer = domain.publisher.createDataWriter(domain.announcement,
                    domain.qos.announcementWriter());
            awaitPublishers(reader);
            TestData_t announcement = new TestData_t();
            announcement.entity_id = id;
            try {
                announcer.write(announcement);
            } catch (TimeoutException e) {
                throw new IllegalStateException("the announcement could not be written", e);
            }
            progress.say("announced; waiting for data");

            CpuMeter cpu = new CpuMeter();
            boolean publishersLeft = false;
            try (IntervalReporter reporter = new IntervalReporter("perftest-intervals", () -> reportInterval(cpu))) {
                if (options.printIntervals()) {
                    reporter.start();
                }
                while (!allFinished.await(100, TimeUnit.MILLISECONDS)) {
                    if (reader.getSubscriptionMatchedStatus().getCurrentCount() == 0) {
                        publishersLeft = true;
                        break;
                    }
                }
            }
            if (publishersLeft) {
                progress.say("every publisher went away before it finished the test: summary of what arrived");
            }
            ThroughputSummary summary = throughput.summary(options.cpu() ? cpu.total() : Double.NaN);
            if (summary != null) {
                out.throughputSummary(summary);
            } else {
                progress.say("no data arrived");
            }
            if (echoTimeouts > 0) {
                progress.say(echoTimeouts + " echoes could not be written");
            }
            return summary == null || publishersLeft ? 1 : 0;
        } finally {
            out.close();
        }
    }

    private void reportInterval(CpuMeter cpu) {
        var row = throughput.takeInterval(System.nanoTime(), options.cpu() ? cpu.interval() : Double.NaN);
        if (row != null) {
            out.throughputInterval(row);
        }
    }

    /** Waits until the Throughput reader has matched every publisher and the Latency writer publisher 0. */
    private void awaitPublishers(DataReader<T> reader) throws InterruptedException {
        int wanted = options.numPublishers();
        progress.say("waiting for " + wanted + " publisher(s) on domain " + options.domain());
        long nextNote = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (true) {
            int matched = reader.getSubscriptionMatchedStatus().getCurrentCount();
            int echoing = echoWriter.getPublicationMatchedStatus().getCurrentCount();
            if (matched >= wanted && echoing >= 1) {
                progress.say("found " + wanted + " publisher(s)");
                return;
            }
            if (System.nanoTime() > nextNote) {
                progress.say("still waiting: " + matched + " of " + wanted + " publishers matched the Throughput reader, "
                        + echoing + " the Latency writer");
                nextNote = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            }
            Thread.sleep(10);
        }
    }

    private synchronized void onSample(T sample) {
        if (type.latencyPing(sample) == id) {
            type.echo(sample, echo);
            try {
                echoWriter.write(echo);
            } catch (TimeoutException e) {
                echoTimeouts++;
            }
        }
        int seq = type.seqNum(sample);
        int publisher = type.entityId(sample);
        if (Control.isData(seq)) {
            throughput.record(publisher, seq, type.payload(sample).length + PerftestOptions.MIN_DATA_LEN,
                    System.nanoTime());
        } else if (seq == Control.FINISH && publisher >= 0 && publisher < finished.length && !finished[publisher]) {
            finished[publisher] = true;
            if (++finishedCount == finished.length) {
                allFinished.countDown();
            }
        }
    }

    /** Throughput samples, on the thread that delivers them. */
    private final class DataListener extends DataReaderAdapter<T> {
        @Override
        public void onDataAvailable(DataAvailableEvent<T> event) {
            Sample.Iterator<T> it = event.getSource().take();
            try {
                while (it.hasNext()) {
                    T sample = it.next().getData();
                    if (sample != null) {
                        onSample(sample);
                    }
                }
            } finally {
                Loans.release(it);
            }
        }
    }
}
