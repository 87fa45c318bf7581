package io.sirocco.conformance.dcps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.omg.dds.core.PreconditionNotMetException;
import org.omg.dds.pub.DataWriter;
import org.omg.dds.sub.DataReader;
import org.omg.dds.topic.ContentFilteredTopic;
import org.omg.dds.topic.Topic;

/**
 * ContentFilteredTopic (DCPS 2.2.2.3.3, Annex B): a reader created on a content-filtered topic
 * stores only the samples that pass the filter; parameters are substituted for {@code %n} and may
 * change; bad expressions are refused; the topics involved cannot be closed while in use.
 */
class ContentFilteredTopicTest extends DcpsFixture {
    private Topic<Shape> topic;
    private DataWriter<Shape> writer;

    @BeforeEach
    void createTopicAndWriter() {
        topic = participant.createTopic("FilteredShapes", Shape.class);
        writer = publisher.createDataWriter(topic);
    }

    private DataReader<Shape> readerOn(ContentFilteredTopic<Shape> filtered) {
        DataReader<Shape> reader = subscriber.createDataReader(filtered,
                readerQos(policies.History().withKeepAll(), policies.Reliability().withReliable()));
        eventually(5, "the reader to match the writer", () -> reader.getMatchedPublications().size() == 1);
        return reader;
    }

    private static List<String> taken(DataReader<Shape> reader) {
        return reader.take(new ArrayList<>()).stream()
                .filter(s -> s.getData() != null)
                .map(s -> s.getData().color + s.getData().x)
                .toList();
    }

    private void write(String color, int x) throws Exception {
        writer.write(Shape.of(color, x));
    }

    @Test
    void aReaderOnAContentFilteredTopicStoresOnlyPassingSamples() throws Exception {
        ContentFilteredTopic<Shape> big = participant.createContentFilteredTopic("BigShapes", topic, "x > 10");
        DataReader<Shape> filtered = readerOn(big);
        DataReader<Shape> all = subscriber.createDataReader(topic,
                readerQos(policies.History().withKeepAll(), policies.Reliability().withReliable()));
        eventually(5, "the plain reader to match", () -> all.getMatchedPublications().size() == 1);

        write("RED", 5);
        write("BLUE", 15);
        write("RED", 20);
        write("GREEN", 10);

        eventually(5, "the plain reader to get everything", () -> all.read(new ArrayList<>()).size() == 4);
        assertEquals(List.of("BLUE15", "RED20"), taken(filtered));
        assertEquals(List.of("RED5", "BLUE15", "RED20", "GREEN10"), taken(all));
    }

    @Test
    void parametersAreSubstitutedForPercentPlaceholders() throws Exception {
        ContentFilteredTopic<Shape> filteredTopic = participant.createContentFilteredTopic("RedAbove", topic,
                "color = %0 AND x >= %1", "'RED'", "3");
        assertEquals(List.of("'RED'", "3"), filteredTopic.getExpressionParameters());
        DataReader<Shape> reader = readerOn(filteredTopic);

        write("RED", 2);
        write("RED", 3);
        write("BLUE", 30);
        write("RED", 4);
        assertEquals(List.of("RED3", "RED4"), taken(reader));
    }

    @Test
    void changedParametersDecideWhatPassesFromThenOn() throws Exception {
        ContentFilteredTopic<Shape> filteredTopic = participant.createContentFilteredTopic("Movable", topic,
                "x < %0", List.of("10"));
        DataReader<Shape> reader = readerOn(filteredTopic);
        write("RED", 5);
        write("RED", 50);

        filteredTopic.setExpressionParameters("100");
        assertEquals(List.of("100"), filteredTopic.getExpressionParameters());
        write("BLUE", 50);
        write("BLUE", 500);

        filteredTopic.setExpressionParameters(List.of("0"));
        write("GREEN", 5);

        // What was stored stays stored; new samples are judged by the parameters of their time.
        assertEquals(List.of("RED5", "BLUE50"), taken(reader));
    }

    @Test
    void anInvalidExpressionIsRefusedWithItsPosition() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> participant.createContentFilteredTopic("Broken", topic, "x > AND y < 3"));
        assertTrue(error.getMessage().contains("position"), error.getMessage());
        assertTrue(error.getMessage().matches("(?s).*position \\d+.*"), error.getMessage());
        assertTrue(participant.lookupTopicDescription("Broken") == null, "nothing was created");
    }

    @Test
    void anUnknownFieldIsRefused() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> participant.createContentFilteredTopic("Unknown", topic, "z > 3"));
        assertTrue(error.getMessage().contains("z"), error.getMessage());
    }

    @Test
    void aValueOfTheWrongTypeIsRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> participant.createContentFilteredTopic("Mistyped", topic, "x = 'RED'"));
    }

    @Test
    void theRelatedTopicCannotBeClosedWhileTheFilteredTopicExists() {
        ContentFilteredTopic<Shape> filteredTopic = participant.createContentFilteredTopic("Holding", topic, "x > 1");
        writer.close();
        assertThrows(PreconditionNotMetException.class, topic::close);

        filteredTopic.close();
        topic.close(); // nothing uses it any more
        assertTrue(participant.lookupTopicDescription("FilteredShapes") == null);
    }

    @Test
    void theFilteredTopicCannotBeClosedWhileAReaderUsesIt() {
        ContentFilteredTopic<Shape> filteredTopic = participant.createContentFilteredTopic("InUse", topic, "x > 1");
        DataReader<Shape> reader = subscriber.createDataReader(filteredTopic);
        assertThrows(PreconditionNotMetException.class, filteredTopic::close);

        reader.close();
        filteredTopic.close();
        assertTrue(participant.lookupTopicDescription("InUse") == null);
    }

    @Test
    void theFilteredTopicDescribesItself() {
        ContentFilteredTopic<Shape> filteredTopic = participant.createContentFilteredTopic("Described", topic,
                "x BETWEEN %0 AND %1", "1", "9");
        assertEquals("Described", filteredTopic.getName());
        assertEquals("x BETWEEN %0 AND %1", filteredTopic.getFilterExpression());
        assertSame(topic, filteredTopic.getRelatedTopic());
        assertEquals(topic.getTypeName(), filteredTopic.getTypeName());
        assertSame(participant, filteredTopic.getParent());
        assertSame(filteredTopic, participant.lookupTopicDescription("Described"));
    }

    @Test
    void instanceLifecycleChangesReachTheFilteredReader() throws Exception {
        ContentFilteredTopic<Shape> filteredTopic = participant.createContentFilteredTopic("Lifecycle", topic,
                "x > 10");
        DataReader<Shape> reader = readerOn(filteredTopic);
        write("RED", 20);
        writer.dispose(writer.lookupInstance(Shape.of("RED", 0)));
        var samples = reader.take(new ArrayList<>());
        assertEquals(20, samples.getFirst().getData().x);
        assertEquals(org.omg.dds.sub.InstanceState.NOT_ALIVE_DISPOSED, samples.getLast().getInstanceState());
    }

    @Test
    void aMissingOrMalformedParameterIsRefusedAndTheFilterKept() throws Exception {
        assertThrows(IllegalArgumentException.class,
                () -> participant.createContentFilteredTopic("Missing", topic, "x > %0"));
        ContentFilteredTopic<Shape> filteredTopic = participant.createContentFilteredTopic("Kept", topic,
                "x > %0", "10");
        DataReader<Shape> reader = readerOn(filteredTopic);
        assertThrows(IllegalArgumentException.class, () -> filteredTopic.setExpressionParameters("ten"));
        assertEquals(List.of("10"), filteredTopic.getExpressionParameters());

        write("RED", 5);
        write("RED", 50);
        assertEquals(List.of("RED50"), taken(reader));
    }
}
