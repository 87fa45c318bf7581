package io.sirocco.dcps.builtin;

import io.sirocco.dcps.core.SiroccoServiceEnvironment;
import org.omg.dds.topic.ParticipantBuiltinTopicData;
import org.omg.dds.topic.PublicationBuiltinTopicData;
import org.omg.dds.topic.SubscriptionBuiltinTopicData;
import org.omg.dds.topic.TopicBuiltinTopicData;

/** The names and codecs of the four built-in topics every participant reads. */
public final class BuiltinTopics {
    public static final String PARTICIPANT = "DCPSParticipant";
    public static final String TOPIC = "DCPSTopic";
    public static final String PUBLICATION = "DCPSPublication";
    public static final String SUBSCRIPTION = "DCPSSubscription";

    private BuiltinTopics() {
    }

    /** The codec of DCPSParticipant samples. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public static io.sirocco.dcps.type.TypeCodec<ParticipantBuiltinTopicData> participantCodec(
            SiroccoServiceEnvironment environment) {
        var defaultUserData = environment.qosDefaults().participantQos().getUserData();
        return (io.sirocco.dcps.type.TypeCodec) new BuiltinCodec<>(ParticipantBuiltinData.class,
                "DDS::ParticipantBuiltinTopicData", () -> new ParticipantBuiltinData(environment, defaultUserData),
                (source, target) -> target.copyFrom(source));
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    public static io.sirocco.dcps.type.TypeCodec<TopicBuiltinTopicData> topicCodec(SiroccoServiceEnvironment environment) {
        return (io.sirocco.dcps.type.TypeCodec) new BuiltinCodec<>(TopicBuiltinData.class,
                "DDS::TopicBuiltinTopicData", () -> new TopicBuiltinData(environment),
                (source, target) -> target.copyFrom(source));
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    public static io.sirocco.dcps.type.TypeCodec<PublicationBuiltinTopicData> publicationCodec(
            SiroccoServiceEnvironment environment) {
        return (io.sirocco.dcps.type.TypeCodec) new BuiltinCodec<>(PublicationBuiltinData.class,
                "DDS::PublicationBuiltinTopicData", () -> new PublicationBuiltinData(environment),
                (source, target) -> target.copyFrom(source));
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    public static io.sirocco.dcps.type.TypeCodec<SubscriptionBuiltinTopicData> subscriptionCodec(
            SiroccoServiceEnvironment environment) {
        return (io.sirocco.dcps.type.TypeCodec) new BuiltinCodec<>(SubscriptionBuiltinData.class,
                "DDS::SubscriptionBuiltinTopicData", () -> new SubscriptionBuiltinData(environment),
                (source, target) -> target.copyFrom(source));
    }
}
