package io.sirocco.conformance.dcps;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.omg.dds.core.AlreadyClosedException;
import org.omg.dds.core.Duration;
import org.omg.dds.core.PreconditionNotMetException;
import org.omg.dds.core.event.InconsistentTopicEvent;
import org.omg.dds.core.status.InconsistentTopicStatus;
import org.omg.dds.domain.DomainParticipant;
import org.omg.dds.domain.DomainParticipantAdapter;
import org.omg.dds.pub.DataWriter;
import org.omg.dds.sub.DataReader;
import org.omg.dds.sub.Sample;
import org.omg.dds.topic.ContentFilteredTopic;
import org.omg.dds.topic.Topic;
import org.omg.dds.topic.TopicAdapter;
import org.omg.dds.topic.TopicDescription;
import org.omg.dds.type.Key;
import org.omg.dds.type.TypeSupport;
import org.omg.dds.type.dynamic.DynamicDataFactory;
import org.omg.dds.type.dynamic.DynamicType;
import org.omg.dds.type.dynamic.DynamicTypeFactory;

/**
 * Topics (DCPS 2.2.2.3): registered type names, creating and finding topics, looking up topic
 * descriptions, the INCONSISTENT_TOPIC status, name validation, and the parts Sirocco does not
 * support, which must say so.
 */
class TopicsTest extends DcpsFixture {

    /** A nested type, to check how nesting shows in the registered type name. */
    public static final class Outer {
        public static final class Inner {
            @Key
            public int id;
            public String text = "";
        }
    }

    /** A type unrelated to {@link Shape}, for name clashes. */
    public static final class Reading {
        @Key
        public long sensor;
        public double value;
    }

    @Test
    void typeNameIsTheIdlScopedNameOfTheClass() {
        Topic<Shape> shapes = participant.createTopic("ScopedShape", Shape.class);
        assertEquals("io::sirocco::conformance::dcps::Shape", shapes.getTypeName());
        assertEquals(shapes.getTypeName(), shapes.getTypeSupport().getTypeName());
        assertSame(Shape.class, shapes.getTypeSupport().getType());
        assertNotNull(shapes.getTypeSupport().newData());

        Topic<Outer.Inner> nested = participant.createTopic("ScopedNested", Outer.Inner.class);
        assertEquals("io::sirocco::conformance::dcps::TopicsTest::Outer::Inner", nested.getTypeName());
        assertEquals("io::sirocco::conformance::dcps::Shape",
                TypeSupport.newTypeSupport(Shape.class, env).getTypeName());
    }

    @Test
    void typeSupportWithAnExplicitNameOverridesTheDerivedName() throws Exception {
        TypeSupport<Shape> support = TypeSupport.newTypeSupport(Shape.class, "ShapeType", env);
        assertEquals("ShapeType", support.getTypeName());
        Topic<Shape> topic = participant.createTopic("Square", support);
        assertEquals("ShapeType", topic.getTypeName());

        DataWriter<Shape> writer = publisher.createDataWriter(topic);
        DataReader<Shape> reader = subscriber.createDataReader(topic);
        writer.write(Shape.of("RED", 3));
        eventually(5, "the sample to arrive", () -> count(reader) == 1);
        assertTrue(participant.getDiscoveredTopics().stream().map(participant::getDiscoveredTopicData)
                .anyMatch(t -> t.getName().equals("Square") && t.getTypeName().equals("ShapeType")),
                "DCPSTopic announces the registered name");
    }

    @Test
    void creatingTheSameTopicAgainGivesAUsableTopicThatIsClosedOncePerCreation() throws Exception {
        Topic<Shape> first = participant.createTopic("Twice", Shape.class);
        Topic<Shape> second = participant.createTopic("Twice", Shape.class);
        assertEquals("Twice", second.getName());
        assertEquals(first.getTypeName(), second.getTypeName());
        assertEquals(first.getInstanceHandle(), second.getInstanceHandle(), "one topic entity per name");

        DataWriter<Shape> writer = publisher.createDataWriter(second);
        DataReader<Shape> reader = subscriber.createDataReader(first);
        writer.write(Shape.of("GREEN", 1));
        eventually(5, "the sample to arrive", () -> count(reader) == 1);
        writer.close();
        reader.close();

        second.close();
        assertDoesNotThrow(first::getQos, "one reference remains");
        assertSame(first, participant.lookupTopicDescription("Twice"));
        assertDoesNotThrow(() -> publisher.createDataWriter(first).close());
        first.close();
        assertThrows(AlreadyClosedException.class, first::getQos);
        assertNull(participant.lookupTopicDescription("Twice"));
    }

    @Test
    void sameTopicNameWithAnotherTypeFailsWithPreconditionNotMet() {
        participant.createTopic("Taken", Shape.class);
        PreconditionNotMetException clash = assertThrows(PreconditionNotMetException.class,
                () -> participant.createTopic("Taken", Reading.class));
        assertTrue(clash.getMessage().contains("Taken"), clash.getMessage());
        assertThrows(PreconditionNotMetException.class,
                () -> participant.createTopic("Taken", TypeSupport.newTypeSupport(Shape.class, "Other", env)),
                "the registered name is what must agree");

        Topic<Shape> related = participant.createTopic("Related", Shape.class);
        participant.createContentFilteredTopic("FilteredName", related, "x > 1");
        assertThrows(PreconditionNotMetException.class, () -> participant.createTopic("FilteredName", Shape.class),
                "topic descriptions share one namespace");
        assertThrows(PreconditionNotMetException.class,
                () -> participant.createContentFilteredTopic("Related", related, "x > 2"));
    }

    @Test
    void findTopicReturnsTheParticipantsOwnTopicAsAnExtraReference() throws Exception {
        Topic<Shape> created = participant.createTopic("FindOwn", Shape.class);
        Topic<Shape> found = participant.findTopic("FindOwn", Duration.newDuration(1, TimeUnit.SECONDS, env));
        assertEquals("FindOwn", found.getName());
        assertEquals(created.getTypeName(), found.getTypeName());

        found.close();
        assertDoesNotThrow(created::getQos, "closing the found topic leaves the created one open");
        DataWriter<Shape> writer = publisher.createDataWriter(created);
        writer.close();
        created.close();
        assertThrows(AlreadyClosedException.class, created::getQos);
    }

    @Test
    void findTopicFindsATopicCreatedByAnotherParticipantOfTheDomain() throws Exception {
        DomainParticipant other = newParticipant();
        Topic<Shape> theirs = other.createTopic("FindTheirs", Shape.class);
        DataWriter<Shape> writer = other.createPublisher().createDataWriter(theirs);

        Topic<Shape> found = participant.findTopic("FindTheirs", 5, TimeUnit.SECONDS);
        assertEquals("FindTheirs", found.getName());
        assertEquals(theirs.getTypeName(), found.getTypeName());
        assertSame(participant, found.getParent(), "the found topic belongs to the participant that found it");
        assertSame(found, participant.lookupTopicDescription("FindTheirs"));

        DataReader<Shape> reader = subscriber.createDataReader(found);
        eventually(5, "match", () -> writer.getPublicationMatchedStatus().getCurrentCount() == 1);
        writer.write(Shape.of("YELLOW", 9));
        eventually(5, "the sample to arrive", () -> count(reader) == 1);
    }

    @Test
    void findTopicWaitsForATopicThatAppearsLater() throws Exception {
        DomainParticipant other = newParticipant();
        CompletableFuture<Topic<Shape>> finding = CompletableFuture.supplyAsync(() -> {
            try {
                return participant.findTopic("Later", 10, TimeUnit.SECONDS);
            } catch (TimeoutException e) {
                throw new AssertionError(e);
            }
        });
        Thread.sleep(100);
        other.createTopic("Later", Shape.class);
        Topic<Shape> found = finding.get(15, TimeUnit.SECONDS);
        assertEquals("Later", found.getName());
    }

    @Test
    void findTopicTimesOutWhenNoSuchTopicExists() {
        assertThrows(TimeoutException.class, () -> participant.findTopic("Nowhere", 50, TimeUnit.MILLISECONDS));
        assertThrows(TimeoutException.class,
                () -> participant.findTopic("Nowhere", Duration.zeroDuration(env)));
        assertNull(participant.lookupTopicDescription("Nowhere"));
    }

    @Test
    void lookupTopicDescriptionFindsTopicsContentFilteredTopicsAndBuiltinTopics() {
        Topic<Shape> topic = participant.createTopic("Described", Shape.class);
        ContentFilteredTopic<Shape> filtered = participant.createContentFilteredTopic("DescribedFiltered", topic,
                "x > %0", "5");

        assertSame(topic, participant.lookupTopicDescription("Described"));
        TopicDescription<Shape> found = participant.lookupTopicDescription("DescribedFiltered");
        assertSame(filtered, found);
        ContentFilteredTopic<Shape> cft = assertInstanceOf(ContentFilteredTopic.class, found);
        assertEquals("x > %0", cft.getFilterExpression());
        assertEquals(List.of("5"), cft.getExpressionParameters());
        assertEquals(topic.getTypeName(), cft.getTypeName());

        for (String builtin : List.of("DCPSParticipant", "DCPSTopic", "DCPSPublication", "DCPSSubscription")) {
            TopicDescription<?> description = participant.lookupTopicDescription(builtin);
            assertNotNull(description, builtin);
            assertEquals(builtin, description.getName());
            assertTrue(description.getTypeName().startsWith("DDS::"), description.getTypeName());
        }
        assertNull(participant.lookupTopicDescription("NotThere"));
        assertNull(newParticipant().lookupTopicDescription("Described"), "only this participant's topics");
    }

    @Test
    void topicsOfTheSameNameWithDifferentTypesRaiseInconsistentTopic() {
        CopyOnWriteArrayList<InconsistentTopicEvent<?>> heard = new CopyOnWriteArrayList<>();
        Topic<Shape> mine = participant.createTopic("Clash", Shape.class);
        DomainParticipant other = newParticipant();
        Topic<Reading> theirs = other.createTopic("Clash", Reading.class, other.getDefaultTopicQos(),
                new TopicAdapter<>() {
                    @Override
                    public void onInconsistentTopic(InconsistentTopicEvent<Reading> event) {
                        heard.add(event);
                    }
                }, InconsistentTopicStatus.class);

        eventually(5, "the listener of the later topic to hear of the clash", () -> !heard.isEmpty());
        assertSame(theirs, heard.get(0).getSource());
        assertTrue(heard.get(0).getStatus().getTotalCount() >= 1);

        eventually(5, "the earlier topic to see the clash too",
                () -> mine.getStatusChanges().contains(InconsistentTopicStatus.class));
        InconsistentTopicStatus status = mine.getInconsistentTopicStatus();
        assertTrue(status.getTotalCount() >= 1, "total " + status.getTotalCount());
        assertTrue(status.getTotalCountChange() >= 1, "change " + status.getTotalCountChange());
        InconsistentTopicStatus again = mine.getInconsistentTopicStatus();
        assertEquals(0, again.getTotalCountChange(), "reading the status resets the change count");
        assertEquals(status.getTotalCount(), again.getTotalCount());
    }

    @Test
    void inconsistentTopicReachesTheParticipantListenerWhenTheTopicHasNone() {
        CopyOnWriteArrayList<InconsistentTopicEvent<?>> heard = new CopyOnWriteArrayList<>();
        participant.setListener(new DomainParticipantAdapter() {
            @Override
            public void onInconsistentTopic(InconsistentTopicEvent<?> event) {
                heard.add(event);
            }
        });
        participant.createTopic("ClashUp", Shape.class);
        newParticipant().createTopic("ClashUp", Reading.class);
        eventually(5, "the participant listener to hear of the clash", () -> !heard.isEmpty());
        assertEquals("ClashUp", heard.get(0).getSource().getName());
    }

    @Test
    void topicNameMustNotBeNullOrEmpty() {
        for (String bad : new String[] {null, ""}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> participant.createTopic(bad, Shape.class));
            assertTrue(e.getMessage().contains("topicName"), e.getMessage());
            e = assertThrows(IllegalArgumentException.class,
                    () -> participant.createTopic(bad, TypeSupport.newTypeSupport(Shape.class, env)));
            assertTrue(e.getMessage().contains("topicName"), e.getMessage());
        }
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> participant.findTopic(null, 10, TimeUnit.MILLISECONDS));
        assertTrue(e.getMessage().contains("topicName"), e.getMessage());
        Topic<Shape> related = participant.createTopic("Valid", Shape.class);
        assertThrows(IllegalArgumentException.class,
                () -> participant.createContentFilteredTopic(null, related, "x > 1"));
        assertThrows(IllegalArgumentException.class,
                () -> participant.createContentFilteredTopic("", related, "x > 1"));
    }

    @Test
    void multiTopicIsUnsupportedWithAClearMessage() {
        Topic<Shape> topic = participant.createTopic("Joined", Shape.class);
        TypeSupport<Shape> support = topic.getTypeSupport();
        for (Executable call : List.<Executable>of(
                () -> participant.createMultiTopic("M1", Shape.class, "SELECT * FROM Joined", List.of()),
                () -> participant.createMultiTopic("M2", support, "SELECT * FROM Joined", List.of()),
                () -> participant.createMultiTopic("M3", Shape.class, "SELECT * FROM Joined"),
                () -> participant.createMultiTopic("M4", support, "SELECT * FROM Joined", "a"))) {
            UnsupportedOperationException e = assertThrows(UnsupportedOperationException.class, call);
            assertTrue(e.getMessage().contains("MultiTopic"), e.getMessage());
        }
    }

    @Test
    void dynamicTypesAreUnsupportedWithAClearMessage() {
        DynamicType type = null;
        for (Executable call : List.<Executable>of(
                () -> participant.createTopic("Dyn", type),
                () -> participant.createTopic("Dyn", type, participant.getDefaultTopicQos(), null, List.of()),
                () -> participant.createTopic("Dyn", type, (TypeSupport<DynamicType>) null),
                () -> DynamicTypeFactory.getInstance(env),
                () -> DynamicDataFactory.getInstance(env))) {
            UnsupportedOperationException e = assertThrows(UnsupportedOperationException.class, call);
            assertTrue(e.getMessage().contains("Dynamic"), e.getMessage());
        }
    }

    private static int count(DataReader<Shape> reader) {
        int n = 0;
        try (Sample.Iterator<Shape> samples = reader.read()) {
            while (samples.hasNext()) {
                samples.next();
                n++;
            }
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
        return n;
    }
}
