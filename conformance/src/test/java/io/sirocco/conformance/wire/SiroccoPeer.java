package io.sirocco.conformance.wire;

import interop.Shape;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.omg.dds.core.InstanceHandle;
import org.omg.dds.core.ServiceEnvironment;
import org.omg.dds.core.WaitSet;
import org.omg.dds.core.policy.Durability;
import org.omg.dds.core.policy.History;
import org.omg.dds.core.policy.PolicyFactory;
import org.omg.dds.core.policy.Reliability;
import org.omg.dds.domain.DomainParticipant;
import org.omg.dds.domain.DomainParticipantFactory;
import org.omg.dds.pub.DataWriter;
import org.omg.dds.pub.DataWriterQos;
import org.omg.dds.pub.Publisher;
import org.omg.dds.sub.DataReader;
import org.omg.dds.sub.DataReaderQos;
import org.omg.dds.sub.InstanceState;
import org.omg.dds.sub.ReadCondition;
import org.omg.dds.sub.Sample;
import org.omg.dds.sub.Subscriber;
import org.omg.dds.topic.Topic;

/**
 * A Sirocco peer for the tests across processes and hosts, run in a JVM of its own ({@link PeerJvm}):
 * the Java twin of the Cyclone DDS peer {@code src/test/c/shape_peer.c}, with the same modes,
 * options and output lines, so that tests read both alike.
 *
 * <pre>
 *   SiroccoPeer pub TOPIC COUNT [options]   write COUNT samples (color "SIR", x = 0..COUNT-1)
 *   SiroccoPeer sub TOPIC COUNT [options]   exit 0 once COUNT valid samples arrived
 * </pre>
 *
 * Options as {@code shape_peer}'s ({@code -b -t -s N -d -u -c COLOR -w SECONDS -p PARTITION -l
 * -D DOMAIN -i MICROS}), plus {@code -k}: a publisher stays up after writing until the timeout (a
 * transient-local one always does, for late joiners). Transport settings come as {@code -Dsirocco.*}.
 *
 * <p>Lines printed: {@code shape_peer}'s ("ready", "matched", "sample COLOR X LEN", "disposed COLOR",
 * "unregistered COLOR", "bad-fields X", "written N", "received N", "timeout"), then "closed" once the
 * participant is closed, which either mode does before it exits, so that its peers see it leave at
 * once. Exit status 0 on success, 1 on timeout, 2 on bad input or bad samples.
 */
public final class SiroccoPeer {
    private final Options options;
    private final ServiceEnvironment env;
    private final PolicyFactory policies;
    private final DomainParticipant participant;
    private final long deadline;

    private SiroccoPeer(Options options) {
        this.options = options;
        this.env = ServiceEnvironment.createInstance(SiroccoPeer.class.getClassLoader());
        this.policies = PolicyFactory.getPolicyFactory(env);
        this.participant = DomainParticipantFactory.getInstance(env).createParticipant(options.domain);
        this.deadline = System.nanoTime() + (long) (options.timeoutSeconds * 1e9);
    }

    public static void main(String[] args) {
        Options options = Options.parse(args);
        if (options == null) {
            System.err.println("usage: SiroccoPeer pub|sub TOPIC COUNT [-b] [-t] [-k] [-s N] [-d] [-u] [-c COLOR]"
                    + " [-w SECONDS] [-p PARTITION] [-l] [-D DOMAIN] [-i MICROS]");
            System.exit(2);
        }
        SiroccoPeer peer = new SiroccoPeer(options);
        int status;
        try {
            status = options.publish ? peer.publish() : peer.subscribe();
        } catch (TimeoutException e) {
            say("timeout"); // a reliable write, or the wait for acknowledgements, ran out of time
            status = 1;
        } catch (Exception e) {
            e.printStackTrace(System.out);
            status = 2;
        } finally {
            peer.participant.close();
        }
        say("closed");
        System.exit(status);
    }

    private static void say(String line) {
        System.out.println(line);
        System.out.flush();
    }

    private long nanosLeft() {
        return deadline - System.nanoTime();
    }

    private Topic<Shape> topic() {
        return participant.createTopic(options.topic, Shape.class);
    }

    // ------------------------------------------------------------------ pub

    private int publish() throws TimeoutException, InterruptedException {
        Publisher publisher = participant.createPublisher(participant.getDefaultPublisherQos()
                .withPolicy(policies.Partition().withName(options.partitions())));
        DataWriterQos qos = publisher.getDefaultDataWriterQos().withPolicies(reliability(), durability(), history(),
                // Unregistering (-u) must leave the instance without writers, not dispose it.
                policies.WriterDataLifecycle().withAutDisposeUnregisteredInstances(false));
        DataWriter<Shape> writer = publisher.createDataWriter(topic(), qos);
        if (!options.transientLocal) {
            while (writer.getPublicationMatchedStatus().getCurrentCount() == 0) {
                if (nanosLeft() <= 0) {
                    say("timeout");
                    return 1;
                }
                TimeUnit.MILLISECONDS.sleep(10);
            }
            say("matched");
        }
        Shape sample = null;
        for (int i = 0; i < options.count; i++) {
            sample = Shape.of(options.color, i, options.payloadSize);
            writer.write(sample);
            if (options.intervalMicros > 0) {
                TimeUnit.MICROSECONDS.sleep(options.intervalMicros);
            }
        }
        if (sample != null && (options.dispose || options.unregister)) {
            InstanceHandle instance = writer.lookupInstance(sample);
            if (options.dispose) {
                writer.dispose(instance);
            }
            if (options.unregister) {
                writer.unregisterInstance(instance);
            }
        }
        say("written " + options.count);
        if (options.transientLocal || options.linger) {
            TimeUnit.NANOSECONDS.sleep(Math.max(0, nanosLeft()));
            return 0;
        }
        if (options.reliable) {
            writer.waitForAcknowledgments(Math.max(0, nanosLeft()), TimeUnit.NANOSECONDS);
        }
        return 0;
    }

    // ------------------------------------------------------------------ sub

    private int subscribe() {
        Subscriber subscriber = participant.createSubscriber(participant.getDefaultSubscriberQos()
                .withPolicy(policies.Partition().withName(options.partitions())));
        DataReaderQos qos = subscriber.getDefaultDataReaderQos().withPolicies(reliability(), durability(), history());
        DataReader<Shape> reader = subscriber.createDataReader(topic(), qos);
        ReadCondition<Shape> anything = reader.createReadCondition(subscriber.createDataState()
                .withAnySampleState().withAnyViewState().withAnyInstanceState());
        WaitSet waitSet = WaitSet.newWaitSet(env);
        waitSet.attachCondition(anything);
        say("ready");
        int received = 0;
        boolean disposed = false;
        boolean unregistered = false;
        boolean bad = false;
        while (received < options.count || options.dispose && !disposed || options.unregister && !unregistered) {
            if (nanosLeft() <= 0) {
                say("received " + received);
                say("timeout");
                return 1;
            }
            try {
                waitSet.waitForConditions(nanosLeft(), TimeUnit.NANOSECONDS);
            } catch (TimeoutException e) {
                continue;
            }
            for (Sample<Shape> sample : reader.take(new ArrayList<>())) {
                Shape shape = sample.getData();
                if (shape != null) {
                    received++;
                    say("sample " + shape.color + " " + shape.x + " " + shape.payload.length);
                    if (!shape.intact()) {
                        bad = true;
                        say("bad-fields " + shape.x);
                    }
                }
                // As in shape_peer: a state change shows on whatever sample is taken with it.
                InstanceState state = sample.getInstanceState();
                if (state == InstanceState.NOT_ALIVE_DISPOSED && !disposed) {
                    disposed = true;
                    say("disposed " + color(reader, sample));
                } else if (state == InstanceState.NOT_ALIVE_NO_WRITERS && !unregistered) {
                    unregistered = true;
                    say("unregistered " + color(reader, sample));
                }
            }
        }
        say("received " + received);
        return bad ? 2 : 0;
    }

    /** The key of a sample, also of one without data (a dispose or unregister). */
    private static String color(DataReader<Shape> reader, Sample<Shape> sample) {
        if (sample.getData() != null) {
            return sample.getData().color;
        }
        try {
            return reader.getKeyValue(sample.getInstanceHandle()).color;
        } catch (RuntimeException e) {
            return "?"; // the instance is already gone
        }
    }

    // ------------------------------------------------------------------ QoS from the options

    private Reliability reliability() {
        return options.reliable
                ? policies.Reliability().withReliable().withMaxBlockingTime(10, TimeUnit.SECONDS)
                : policies.Reliability().withBestEffort();
    }

    private Durability durability() {
        return options.transientLocal ? policies.Durability().withTransientLocal()
                : policies.Durability().withVolatile();
    }

    private History history() {
        return options.keepLast ? policies.History().withKeepLast(1) : policies.History().withKeepAll();
    }

    /** The command line, parsed as {@code shape_peer} parses it (getopt-style, options after COUNT). */
    private static final class Options {
        boolean publish;
        String topic;
        int count;
        boolean reliable = true;
        boolean transientLocal;
        boolean linger;
        boolean dispose;
        boolean unregister;
        boolean keepLast;
        int payloadSize;
        String color = "SIR";
        String partition;
        double timeoutSeconds = 30;
        int domain;
        long intervalMicros;

        List<String> partitions() {
            return partition == null ? List.of() : List.of(partition);
        }

        /** The options, or {@code null} when the command line is not understood. */
        static Options parse(String[] args) {
            if (args.length < 3 || !args[0].equals("pub") && !args[0].equals("sub")) {
                return null;
            }
            Options o = new Options();
            o.publish = args[0].equals("pub");
            o.topic = args[1];
            try {
                o.count = Integer.parseInt(args[2]);
                for (int i = 3; i < args.length; i++) {
                    switch (args[i]) {
                        case "-b" -> o.reliable = false;
                        case "-t" -> o.transientLocal = true;
                        case "-k" -> o.linger = true;
                        case "-d" -> o.dispose = true;
                        case "-u" -> o.unregister = true;
                        case "-l" -> o.keepLast = true;
                        case "-s" -> o.payloadSize = Integer.parseInt(args[++i]);
                        case "-c" -> o.color = args[++i];
                        case "-w" -> o.timeoutSeconds = Double.parseDouble(args[++i]);
                        case "-p" -> o.partition = args[++i];
                        case "-D" -> o.domain = Integer.parseInt(args[++i]);
                        case "-i" -> o.intervalMicros = Long.parseLong(args[++i]);
                        default -> {
                            return null;
                        }
                    }
                }
            } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
                return null;
            }
            return o;
        }
    }
}
