package io.sirocco.dcps.status;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sirocco.dcps.core.LongInstanceHandle;
import java.lang.reflect.Proxy;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.omg.dds.core.event.StatusChangedEvent;
import org.omg.dds.core.policy.Reliability;
import org.omg.dds.pub.DataWriter;
import org.omg.dds.sub.DataReader;
import org.omg.dds.sub.Subscriber;
import org.omg.dds.topic.Topic;

class StatusNoticeTest {
    private final TestEnvironment env = new TestEnvironment();

    /** A stand-in entity: only identity methods work. */
    private static <E> E entity(Class<E> type) {
        Object proxy = Proxy.newProxyInstance(StatusNoticeTest.class.getClassLoader(), new Class<?>[] {type},
                (self, method, args) -> switch (method.getName()) {
                    case "hashCode" -> System.identityHashCode(self);
                    case "equals" -> self == args[0];
                    case "toString" -> type.getSimpleName();
                    default -> throw new UnsupportedOperationException(method.getName());
                });
        return type.cast(proxy);
    }

    @SuppressWarnings("unchecked")
    private static <T> DataWriter<T> writer() {
        return entity(DataWriter.class);
    }

    @SuppressWarnings("unchecked")
    private static <T> DataReader<T> reader() {
        return entity(DataReader.class);
    }

    private static void assertCloneIsEquivalent(StatusChangedEvent<?> notice) {
        StatusChangedEvent<?> clone = notice.clone();
        assertNotSame(notice, clone);
        assertEquals(notice, clone);
        assertEquals(notice.hashCode(), clone.hashCode());
        assertSame(notice.getSource(), clone.getSource());
        assertSame(notice.getEnvironment(), clone.getEnvironment());
    }

    @Test
    void aNoticeCarriesItsSourceEnvironmentAndStatus() {
        DataWriter<String> writer = writer();
        PublicationMatchedSnapshot status = PublicationMatchedSnapshot.initial(env)
                .matched(new LongInstanceHandle(env, 3));
        PublicationMatchedNotice<String> notice = new PublicationMatchedNotice<>(env, writer, status);
        assertSame(writer, notice.getSource());
        assertSame(env, notice.getEnvironment());
        assertSame(status, notice.getStatus());
        assertEquals(1, notice.getStatus().getCurrentCount());
    }

    @Test
    void everyNoticeClonesIntoAnEquivalentNotice() {
        DataWriter<Object> w = writer();
        DataReader<Object> r = reader();
        Topic<Object> topic = entity(castTopic());
        Subscriber subscriber = entity(Subscriber.class);
        List<StatusChangedEvent<?>> notices = List.of(
                new InconsistentTopicNotice<>(env, topic, InconsistentTopicSnapshot.initial(env)),
                new SampleLostNotice<>(env, r, SampleLostSnapshot.initial(env).plus(1)),
                new SampleRejectedNotice<>(env, r, SampleRejectedSnapshot.initial(env)),
                new LivelinessLostNotice<>(env, w, LivelinessLostSnapshot.initial(env)),
                new LivelinessChangedNotice<>(env, r, LivelinessChangedSnapshot.initial(env)),
                new OfferedDeadlineMissedNotice<>(env, w, OfferedDeadlineMissedSnapshot.initial(env)),
                new RequestedDeadlineMissedNotice<>(env, r, RequestedDeadlineMissedSnapshot.initial(env)),
                new OfferedIncompatibleQosNotice<>(env, w,
                        OfferedIncompatibleQosSnapshot.initial(env).incompatible(List.of(Reliability.class))),
                new RequestedIncompatibleQosNotice<>(env, r, RequestedIncompatibleQosSnapshot.initial(env)),
                new PublicationMatchedNotice<>(env, w, PublicationMatchedSnapshot.initial(env)),
                new SubscriptionMatchedNotice<>(env, r, SubscriptionMatchedSnapshot.initial(env)),
                new DataAvailableNotice<>(env, r, DataAvailableSnapshot.initial(env)),
                new DataOnReadersNotice(env, subscriber, DataOnReadersSnapshot.initial(env)));
        assertEquals(13, notices.size());
        notices.forEach(StatusNoticeTest::assertCloneIsEquivalent);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Class<Topic<Object>> castTopic() {
        return (Class) Topic.class;
    }

    @Test
    void noticesAboutDifferentEntitiesOrStatusesDiffer() {
        DataReader<Object> r = reader();
        SampleLostNotice<Object> one = new SampleLostNotice<>(env, r, SampleLostSnapshot.initial(env));
        assertTrue(!one.equals(new SampleLostNotice<>(env, reader(), SampleLostSnapshot.initial(env))));
        assertTrue(!one.equals(new SampleLostNotice<>(env, r, SampleLostSnapshot.initial(env).plus(1))));
    }

    @Test
    void aNoticeNeedsASourceAnEnvironmentAndAStatus() {
        assertThrows(IllegalArgumentException.class,
                () -> new DataAvailableNotice<>(env, null, DataAvailableSnapshot.initial(env)));
        IllegalArgumentException noStatus = assertThrows(IllegalArgumentException.class,
                () -> new DataAvailableNotice<>(env, reader(), null));
        assertTrue(noStatus.getMessage().startsWith("status"), noStatus.getMessage());
        IllegalArgumentException noEnv = assertThrows(IllegalArgumentException.class,
                () -> new DataAvailableNotice<>(null, reader(), DataAvailableSnapshot.initial(env)));
        assertTrue(noEnv.getMessage().startsWith("environment"), noEnv.getMessage());
    }
}
