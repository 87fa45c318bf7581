package io.sirocco.conformance.dcps;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.omg.dds.core.InstanceHandle;
import org.omg.dds.core.Time;
import org.omg.dds.core.policy.QosPolicy;
import org.omg.dds.pub.DataWriter;
import org.omg.dds.sub.DataReader;
import org.omg.dds.sub.InstanceState;
import org.omg.dds.sub.QueryCondition;
import org.omg.dds.sub.Sample;
import org.omg.dds.topic.Topic;

/**
 * What the data-semantics tests share on top of {@link DcpsFixture}: a fresh topic per call,
 * writers and readers built from a few policy changes, and copying reads that return lists the
 * test owns (so no loan has to be managed in assertions).
 */
abstract class DataFixture extends DcpsFixture {
    private static final AtomicInteger TOPICS = new AtomicInteger();

    /** A topic of {@link Shape}s that no other test uses. */
    protected Topic<Shape> shapeTopic() {
        return topic(Shape.class);
    }

    protected <T> Topic<T> topic(Class<T> type) {
        return participant.createTopic(type.getSimpleName() + "_" + getClass().getSimpleName() + "_"
                + TOPICS.incrementAndGet(), type);
    }

    protected <T> DataWriter<T> writer(Topic<T> topic, QosPolicy.ForDataWriter... changes) {
        return publisher.createDataWriter(topic, writerQos(changes));
    }

    protected <T> DataReader<T> reader(Topic<T> topic, QosPolicy.ForDataReader... changes) {
        return subscriber.createDataReader(topic, readerQos(changes));
    }

    /** Reads everything the reader holds, as copies. */
    protected static <T> List<Sample<T>> readAll(DataReader<T> reader) {
        return reader.read(new ArrayList<>());
    }

    /** Takes everything the reader holds, as copies. */
    protected static <T> List<Sample<T>> takeAll(DataReader<T> reader) {
        return reader.take(new ArrayList<>());
    }

    /** Waits until the reader holds at least {@code count} samples (reading leaves them there). */
    protected static <T> void awaitSamples(DataReader<T> reader, int count) {
        eventually(5, count + " sample(s) in the reader", () -> readAll(reader).size() >= count);
    }

    /**
     * Waits, without reading anything (so no sample or view state changes), until the reader holds
     * a sample that matches the query, e.g. {@code "color = 'red' AND x = 3"}.
     */
    protected static <T> void awaitMatching(DataReader<T> reader, String query) {
        QueryCondition<T> condition = reader.createQueryCondition(query, List.of());
        try {
            eventually(5, "a sample with " + query, condition::getTriggerValue);
        } finally {
            condition.close();
        }
    }

    /** {@link #awaitMatching} for the shape of the given color and x. */
    protected static void awaitShape(DataReader<Shape> reader, String color, int x) {
        awaitMatching(reader, "color = '" + color + "' AND x = " + x);
    }

    /** Takes samples until {@code count} have been collected or five seconds pass. */
    protected static <T> List<Sample<T>> takeAtLeast(DataReader<T> reader, int count) {
        List<Sample<T>> collected = new ArrayList<>();
        eventually(5, count + " sample(s) taken", () -> {
            collected.addAll(takeAll(reader));
            return collected.size() >= count;
        });
        return collected;
    }

    /** The x values of the valid samples, in the order returned. */
    protected static List<Integer> xs(List<Sample<Shape>> samples) {
        List<Integer> values = new ArrayList<>();
        for (Sample<Shape> s : samples) {
            if (s.getData() != null) {
                values.add(s.getData().x);
            }
        }
        return values;
    }

    /** "color:x" of the valid samples, in the order returned. */
    protected static List<String> shapes(List<Sample<Shape>> samples) {
        List<String> values = new ArrayList<>();
        for (Sample<Shape> s : samples) {
            if (s.getData() != null) {
                values.add(s.getData().color + ":" + s.getData().x);
            }
        }
        return values;
    }

    /** The samples of one instance, in the order returned. */
    protected static <T> List<Sample<T>> ofInstance(List<Sample<T>> samples, InstanceHandle handle) {
        List<Sample<T>> selected = new ArrayList<>();
        for (Sample<T> s : samples) {
            if (s.getInstanceHandle().equals(handle)) {
                selected.add(s);
            }
        }
        return selected;
    }

    /** The single invalid sample (state change only) of the list; fails unless there is exactly one. */
    protected static <T> Sample<T> onlyInvalid(List<Sample<T>> samples) {
        Sample<T> found = null;
        for (Sample<T> s : samples) {
            if (s.getData() == null) {
                if (found != null) {
                    throw new AssertionError("more than one invalid sample in " + samples);
                }
                found = s;
            }
        }
        if (found == null) {
            throw new AssertionError("no invalid sample in " + samples);
        }
        return found;
    }

    /** Waits until the reader holds a sample of the key whose instance is in {@code state}. */
    protected static void awaitInstanceState(DataReader<Shape> reader, String color, InstanceState state) {
        eventually(5, "instance " + color + " to become " + state, () -> {
            for (Sample<Shape> s : readAll(reader)) {
                InstanceHandle handle = reader.lookupInstance(Shape.of(color, 0));
                if (s.getInstanceHandle().equals(handle) && s.getInstanceState() == state) {
                    return true;
                }
            }
            return false;
        });
    }

    protected Time time(long millis) {
        return Time.newTime(millis, TimeUnit.MILLISECONDS, env);
    }

    protected InstanceHandle nil() {
        return InstanceHandle.nilHandle(env);
    }

    protected static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted");
        }
    }
}
