package io.sirocco.dcps.qos.xml;

import io.sirocco.dcps.qos.xml.ProfileResolver.ProfileTarget;
import io.sirocco.dcps.qos.xml.ProfileResolver.Target;
import java.util.ArrayList;
import java.util.List;
import org.omg.dds.core.EntityQos;
import org.omg.dds.core.QosProvider;
import org.omg.dds.core.ServiceEnvironment;
import org.omg.dds.domain.DomainParticipantFactoryQos;
import org.omg.dds.domain.DomainParticipantQos;
import org.omg.dds.pub.DataWriterQos;
import org.omg.dds.pub.PublisherQos;
import org.omg.dds.sub.DataReaderQos;
import org.omg.dds.sub.SubscriberQos;
import org.omg.dds.topic.TopicQos;

/**
 * Sirocco's {@link QosProvider}: QoS from DDS-XML profile documents (see the package documentation
 * for the accepted dialects). Get one with {@code QosProvider.newQosProvider(uri, profile, env)}.
 *
 * <p><b>Without a name</b>, {@code getXxxQos()} returns the QoS of the provider's profile: the
 * {@code profile} given to {@code newQosProvider}, else the document's profile marked
 * {@code is_default_qos="true"}, else none — then it is Sirocco's default QoS. Topic, writer and
 * reader QoS come from the profile's element without {@code topic_filter} (or with {@code *}).
 *
 * <p><b>With a name</b>, {@code getXxxQos(name)} accepts {@code "Lib::Profile"} (that profile's QoS of
 * the kind asked for), {@code "Lib::Profile::Name"} (the QoS element with that {@code name}
 * attribute), and a bare {@code "Name"}: a named QoS element of the provider's profile, else a profile
 * of its library, else a library-less profile. Names in documents opened earlier in the same
 * environment (and in the default profile file) are found too. An unknown name is an
 * {@link IllegalArgumentException} listing the known profiles.
 *
 * <p><b>Topic filters.</b> The OMG methods know no topic, so they never pick a filtered element. The
 * Sirocco overloads {@link #getTopicQos(String, String)}, {@link #getDataWriterQos(String, String)}
 * and {@link #getDataReaderQos(String, String)} take the topic name: the first element whose
 * {@code topic_filter} matches it is used, else the general one. {@code setQos(library, profile)} on a
 * topic, writer or reader uses them with the entity's own topic.
 *
 * <p>Every QoS starts from Sirocco's default for its kind; a profile changes only the policies, and
 * within them only the fields, it lists. Results are fresh immutable QoS values.
 */
public final class XmlQosProvider extends QosProvider {
    private final ServiceEnvironment environment;
    private final ProfileResolver resolver;
    private final QosProfile profile;
    private final QosProfile factoryProfile;

    XmlQosProvider(ServiceEnvironment environment, ProfileResolver resolver, QosProfile profile,
            QosProfile factoryProfile) {
        this.environment = environment;
        this.resolver = resolver;
        this.profile = profile;
        this.factoryProfile = factoryProfile;
    }

    @Override
    public ServiceEnvironment getEnvironment() {
        return environment;
    }

    /** The provider's profile as {@code Lib::Profile}, or null when it has none. */
    public String getProfileName() {
        return profile == null ? null : profile.id();
    }

    /** Every profile this provider can name, as {@code Lib::Profile}, in document order. */
    public List<String> getProfileNames() {
        return resolver.profileIds();
    }

    /** The documents this provider reads, as given (paths, URIs or resource names), first searched first. */
    public List<String> getSources() {
        List<String> sources = new ArrayList<>();
        for (QosDocument document : resolver.scope()) {
            sources.add(document.source());
        }
        return sources;
    }

    /**
     * The participant factory QoS of the profile marked {@code is_default_participant_factory_profile}
     * (RTI) when the provider was opened without a profile, else of the provider's profile.
     */
    @Override
    public DomainParticipantFactoryQos getDomainParticipantFactoryQos() {
        QosProfile from = factoryProfile != null ? factoryProfile : profile;
        return (DomainParticipantFactoryQos) resolver.qos(environment, EntityKind.PARTICIPANT_FACTORY,
                from == null ? null : new ProfileTarget(from), null);
    }

    @Override
    public DomainParticipantFactoryQos getDomainParticipantFactoryQos(String name) {
        return (DomainParticipantFactoryQos) named(EntityKind.PARTICIPANT_FACTORY, name, null);
    }

    @Override
    public DomainParticipantQos getDomainParticipantQos() {
        return (DomainParticipantQos) own(EntityKind.PARTICIPANT);
    }

    @Override
    public DomainParticipantQos getDomainParticipantQos(String name) {
        return (DomainParticipantQos) named(EntityKind.PARTICIPANT, name, null);
    }

    @Override
    public TopicQos getTopicQos() {
        return (TopicQos) own(EntityKind.TOPIC);
    }

    @Override
    public TopicQos getTopicQos(String name) {
        return (TopicQos) named(EntityKind.TOPIC, name, null);
    }

    /**
     * The topic QoS {@code name} stands for (the provider's profile when null), for the topic called
     * {@code topicName}: a {@code topic_filter} that matches it selects its element.
     */
    public TopicQos getTopicQos(String name, String topicName) {
        return (TopicQos) forTopic(EntityKind.TOPIC, name, topicName);
    }

    @Override
    public SubscriberQos getSubscriberQos() {
        return (SubscriberQos) own(EntityKind.SUBSCRIBER);
    }

    @Override
    public SubscriberQos getSubscriberQos(String name) {
        return (SubscriberQos) named(EntityKind.SUBSCRIBER, name, null);
    }

    @Override
    public PublisherQos getPublisherQos() {
        return (PublisherQos) own(EntityKind.PUBLISHER);
    }

    @Override
    public PublisherQos getPublisherQos(String name) {
        return (PublisherQos) named(EntityKind.PUBLISHER, name, null);
    }

    @Override
    public DataReaderQos getDataReaderQos() {
        return (DataReaderQos) own(EntityKind.DATA_READER);
    }

    @Override
    public DataReaderQos getDataReaderQos(String name) {
        return (DataReaderQos) named(EntityKind.DATA_READER, name, null);
    }

    /**
     * The data reader QoS {@code name} stands for (the provider's profile when null), for a reader of the
     * topic called {@code topicName}: a {@code topic_filter} that matches it selects its element.
     */
    public DataReaderQos getDataReaderQos(String name, String topicName) {
        return (DataReaderQos) forTopic(EntityKind.DATA_READER, name, topicName);
    }

    @Override
    public DataWriterQos getDataWriterQos() {
        return (DataWriterQos) own(EntityKind.DATA_WRITER);
    }

    @Override
    public DataWriterQos getDataWriterQos(String name) {
        return (DataWriterQos) named(EntityKind.DATA_WRITER, name, null);
    }

    /**
     * The data writer QoS {@code name} stands for (the provider's profile when null), for a writer of the
     * topic called {@code topicName}: a {@code topic_filter} that matches it selects its element.
     */
    public DataWriterQos getDataWriterQos(String name, String topicName) {
        return (DataWriterQos) forTopic(EntityKind.DATA_WRITER, name, topicName);
    }

    private EntityQos<?> own(EntityKind kind) {
        return resolver.qos(environment, kind, profile == null ? null : new ProfileTarget(profile), null);
    }

    private EntityQos<?> forTopic(EntityKind kind, String name, String topicName) {
        if (topicName == null) {
            throw new IllegalArgumentException("topicName must not be null");
        }
        if (name == null) {
            return resolver.qos(environment, kind, profile == null ? null : new ProfileTarget(profile), topicName);
        }
        return named(kind, name, topicName);
    }

    private EntityQos<?> named(EntityKind kind, String name, String topicName) {
        if (name == null) {
            throw new IllegalArgumentException("name must not be null: give Library::Profile, or use the method "
                    + "without a name for the provider's profile");
        }
        Target target = resolver.target(name, kind, profile == null ? null : profile.library(), profile,
                problem -> new IllegalArgumentException("name " + problem));
        if (target == null) {
            throw new IllegalArgumentException("name \"" + name + "\" is neither a qos_profile nor a " + kind.element()
                    + " in " + String.join(", ", getSources()) + resolver.hint(name));
        }
        return resolver.qos(environment, kind, target, topicName);
    }

    @Override
    public String toString() {
        return "XmlQosProvider[" + String.join(", ", getSources()) + (profile == null ? "" : ", profile "
                + profile.id()) + "]";
    }
}
