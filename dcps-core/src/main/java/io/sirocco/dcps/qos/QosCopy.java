package io.sirocco.dcps.qos;

import java.util.ArrayList;
import java.util.List;
import org.omg.dds.core.policy.QosPolicy;
import org.omg.dds.pub.DataWriterQos;
import org.omg.dds.sub.DataReaderQos;
import org.omg.dds.topic.TopicQos;

/**
 * {@code Publisher.copyFromTopicQos} and {@code Subscriber.copyFromTopicQos}: every policy of the
 * topic QoS that also applies to the writer (or reader) replaces the writer's (reader's) own, and
 * the rest is kept. Extension policies are copied by the same rule, so a topic's
 * {@code Consistency} and {@code Acceleration} reach its writers and readers.
 */
public final class QosCopy {
    private QosCopy() {
    }

    /** {@code writerQos} with every writer policy of {@code topicQos} copied in. */
    public static DataWriterQos writerFromTopic(DataWriterQos writerQos, TopicQos topicQos) {
        Args.require(writerQos, "writerQos");
        return writerQos.withPolicies(applicable(Args.require(topicQos, "topicQos"), QosPolicy.ForDataWriter.class)
                .toArray(QosPolicy.ForDataWriter[]::new));
    }

    /** {@code readerQos} with every reader policy of {@code topicQos} copied in. */
    public static DataReaderQos readerFromTopic(DataReaderQos readerQos, TopicQos topicQos) {
        Args.require(readerQos, "readerQos");
        return readerQos.withPolicies(applicable(Args.require(topicQos, "topicQos"), QosPolicy.ForDataReader.class)
                .toArray(QosPolicy.ForDataReader[]::new));
    }

    private static <T extends QosPolicy> List<T> applicable(TopicQos topicQos, Class<T> marker) {
        List<T> found = new ArrayList<>();
        for (QosPolicy policy : topicQos.values()) {
            if (marker.isInstance(policy)) {
                found.add(marker.cast(policy));
            }
        }
        return found;
    }
}
