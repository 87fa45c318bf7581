package io.sirocco.dcps.domain;

import io.sirocco.dcps.builtin.BuiltinTopics;
import io.sirocco.dcps.core.EntityIds;
import io.sirocco.dcps.core.Guid;
import io.sirocco.dcps.core.GuidHandles;
import io.sirocco.dcps.core.Handles;
import io.sirocco.dcps.core.ModifiableNanoTime;
import io.sirocco.dcps.core.NanoDuration;
import io.sirocco.dcps.core.NanoTime;
import io.sirocco.dcps.core.SiroccoServiceEnvironment;
import io.sirocco.dcps.core.WallClock;
import io.sirocco.dcps.entity.DeferredNotifications;
import io.sirocco.dcps.entity.EntityBase;
import io.sirocco.dcps.entity.StatusKind;
import io.sirocco.dcps.error.PreconditionFailedException;
import io.sirocco.dcps.pub.SiroccoDataWriter;
import io.sirocco.dcps.pub.SiroccoPublisher;
import io.sirocco.dcps.qos.QosRules;
import io.sirocco.dcps.spi.DataPath;
import io.sirocco.dcps.spi.ReaderDescription;
import io.sirocco.dcps.spi.WriterDescription;
import io.sirocco.dcps.sub.SiroccoDataReader;
import io.sirocco.dcps.sub.SiroccoSubscriber;
import io.sirocco.dcps.topic.SiroccoContentFilteredTopic;
import io.sirocco.dcps.topic.SiroccoTopic;
import io.sirocco.dcps.topic.TopicView;
import io.sirocco.dcps.type.SiroccoTypeSupport;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.omg.dds.core.Duration;
import org.omg.dds.core.InstanceHandle;
import org.omg.dds.core.ModifiableTime;
import org.omg.dds.core.QosProvider;
import org.omg.dds.core.StatusCondition;
import org.omg.dds.core.Time;
import org.omg.dds.core.policy.TopicData;
import org.omg.dds.core.status.Status;
import org.omg.dds.domain.DomainParticipant;
import org.omg.dds.domain.DomainParticipantListener;
import org.omg.dds.domain.DomainParticipantQos;
import org.omg.dds.pub.DataWriterQos;
import org.omg.dds.pub.Publisher;
import org.omg.dds.pub.PublisherListener;
import org.omg.dds.pub.PublisherQos;
import org.omg.dds.sub.DataReaderQos;
import org.omg.dds.sub.Subscriber;
import org.omg.dds.sub.SubscriberListener;
import org.omg.dds.sub.SubscriberQos;
import org.omg.dds.topic.ContentFilteredTopic;
import org.omg.dds.topic.MultiTopic;
import org.omg.dds.topic.ParticipantBuiltinTopicData;
import org.omg.dds.topic.Topic;
import org.omg.dds.topic.TopicBuiltinTopicData;
import org.omg.dds.topic.TopicDescription;
import org.omg.dds.topic.TopicListener;
import org.omg.dds.topic.TopicQos;
import org.omg.dds.type.TypeSupport;
import org.omg.dds.type.dynamic.DynamicType;

/**
 * Sirocco's domain participant: the factory of topics, publishers and subscribers in one domain,
 * the owner of the data paths (intra-process first, then every transport found on the class path)
 * and of what the participant discovered. Long because the PSM's DomainParticipant interface is.
 */
public final class SiroccoParticipant extends EntityBase<DomainParticipantListener, DomainParticipantQos>
        implements DomainParticipant {
    private static final String NO_MULTITOPIC = "MultiTopic is not supported by Sirocco (nor by most DDS "
            + "implementations): subscribe to the topics and join the samples in the application";
    private static final String NO_DYNAMIC_TYPES = "Dynamic types (DynamicType/DynamicData) are not supported by "
            + "Sirocco yet: use annotated Java classes or IDL-generated types";

    private final SiroccoParticipantFactory factory;
    private final int domainId;
    private final Domain domain;
    private final EntityIds entityIds = new EntityIds();
    private final ParticipantDiscovery discovery;
    private final CopyOnWriteArrayList<SiroccoPublisher> publishers = new CopyOnWriteArrayList<>();
    private final CopyOnWriteArrayList<SiroccoSubscriber> subscribers = new CopyOnWriteArrayList<>();
    private final ConcurrentHashMap<String, SiroccoTopic<?>> topics = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, SiroccoContentFilteredTopic<?>> filteredTopics = new ConcurrentHashMap<>();
    private final CopyOnWriteArrayList<DataPath> paths = new CopyOnWriteArrayList<>();
    private final SiroccoSubscriber builtinSubscriber;
    private volatile PublisherQos defaultPublisherQos;
    private volatile SubscriberQos defaultSubscriberQos;
    private volatile TopicQos defaultTopicQos;
    /** QoS profiles: the default profile's writer and reader QoS, for new publishers and subscribers. */
    private final DataWriterQos profileWriterQos;
    private final DataReaderQos profileReaderQos;
    private volatile long lastLivelinessAssertion = System.nanoTime();

    SiroccoParticipant(SiroccoServiceEnvironment environment, SiroccoParticipantFactory factory, int domainId,
            DomainParticipantQos qos, DomainParticipantListener listener, int mask) {
        super(environment, Handles.next(), Guid.newParticipant(), qos, listener, mask);
        this.factory = factory;
        this.domainId = domainId;
        this.domain = Domain.of(domainId);
        this.discovery = new ParticipantDiscovery(environment, this);
        this.defaultPublisherQos = environment.qosDefaults().publisherQos();
        this.defaultSubscriberQos = environment.qosDefaults().subscriberQos();
        this.defaultTopicQos = environment.qosDefaults().topicQos();
        GuidHandles.register(guid, handle);
        this.builtinSubscriber = createBuiltinSubscriber();
        // QoS profiles (io.sirocco.dcps.qos.xml): the default profile file's is_default_qos profile gives the
        // default topic, publisher, subscriber, writer and reader QoS. Read after the built-in subscriber
        // was created, so that built-in topics and readers keep Sirocco's own QoS.
        QosProvider profiles = environment.defaultQosProviderOrNull();
        if (profiles != null) {
            this.defaultTopicQos = profiles.getTopicQos();
            this.defaultPublisherQos = profiles.getPublisherQos();
            this.defaultSubscriberQos = profiles.getSubscriberQos();
        }
        this.profileWriterQos = profiles == null ? null : profiles.getDataWriterQos();
        this.profileReaderQos = profiles == null ? null : profiles.getDataReaderQos();
    }

    @Override
    protected String describe() {
        return "DomainParticipant of domain " + domainId;
    }

    /** A new GUID for an entity of this participant. */
    public Guid newEntityGuid(byte kind) {
        return guid.withEntityId(entityIds.next(kind));
    }

    public Domain domain() {
        return domain;
    }

    public ParticipantDiscovery discovery() {
        return discovery;
    }

    /** The open data paths, intra-process first. */
    public List<DataPath> paths() {
        return paths;
    }

    /**
     * The paths that carry {@code writer}: the one that claims it, or every one that carries it.
     *
     * @throws UnsupportedOperationException when its QoS asks for what no path here gives
     *     (Acceleration REQUIRED without an accelerated path)
     */
    public List<DataPath> pathsFor(WriterDescription writer) {
        for (DataPath path : paths) {
            if (path.claims(writer)) {
                return List.of(path);
            }
        }
        ExtensionPolicies.checkUnclaimed(paths, writer.qos(), "data writer of topic " + writer.topicName());
        return paths.stream().filter(path -> path.carries(writer)).toList();
    }

    /** The paths that carry {@code reader} (as {@link #pathsFor(WriterDescription)}). */
    public List<DataPath> pathsFor(ReaderDescription reader) {
        for (DataPath path : paths) {
            if (path.claims(reader)) {
                return List.of(path);
            }
        }
        ExtensionPolicies.checkUnclaimed(paths, reader.qos(), "data reader of topic " + reader.topicName());
        return paths.stream().filter(path -> path.carries(reader)).toList();
    }

    // ------------------------------------------------------------------ life cycle

    @Override
    protected boolean parentEnabled() {
        return true;
    }

    @Override
    protected void onEnabled() {
        paths.addAll(DataPaths.open(discovery));
        builtinSubscriber.enable();
        domain.join(this);
        if (qos().getEntityFactory().isAutoEnableCreatedEntities()) {
            for (SiroccoTopic<?> topic : topics.values()) {
                if (!isBuiltin(topic)) {
                    topic.enable();
                }
            }
            for (SiroccoPublisher publisher : publishers) {
                publisher.enable();
            }
            for (SiroccoSubscriber subscriber : subscribers) {
                subscriber.enable();
            }
        }
        DeferredNotifications.current().flush();
    }

    @Override
    public void close() {
        if (isClosed()) {
            return;
        }
        closeContainedEntities();
        builtinSubscriber.close();
        for (SiroccoTopic<?> topic : new ArrayList<>(topics.values())) {
            topic.forceClose();
        }
        if (!markClosed()) {
            return;
        }
        if (isEnabled()) {
            domain.leave(this);
        }
        for (DataPath path : paths) {
            path.close();
        }
        paths.clear();
        factory.removed(this);
        GuidHandles.forget(guid);
    }

    @Override
    public void closeContainedEntities() {
        checkOpen();
        for (SiroccoPublisher publisher : publishers) {
            publisher.close();
        }
        for (SiroccoSubscriber subscriber : subscribers) {
            subscriber.close();
        }
        for (SiroccoContentFilteredTopic<?> filtered : new ArrayList<>(filteredTopics.values())) {
            filtered.close();
        }
        for (SiroccoTopic<?> topic : new ArrayList<>(topics.values())) {
            if (!isBuiltin(topic)) {
                topic.forceClose();
            }
        }
    }

    public void publisherClosed(SiroccoPublisher publisher) {
        publishers.remove(publisher);
    }

    public void subscriberClosed(SiroccoSubscriber subscriber) {
        subscribers.remove(subscriber);
    }

    public void topicClosed(SiroccoTopic<?> topic) {
        topics.remove(topic.getName(), topic);
    }

    public void contentFilteredTopicClosed(SiroccoContentFilteredTopic<?> filtered) {
        filteredTopics.remove(filtered.getName(), filtered);
    }

    // ------------------------------------------------------------------ publishers and subscribers

    @Override
    public Publisher createPublisher() {
        return createPublisher(defaultPublisherQos, null, StatusKind.ALL_MASK);
    }

    @Override
    public Publisher createPublisher(PublisherQos qos) {
        return createPublisher(qos, null, StatusKind.ALL_MASK);
    }

    @Override
    public Publisher createPublisher(PublisherQos qos, PublisherListener listener,
            Collection<Class<? extends Status>> statuses) {
        return createPublisher(qos, listener, StatusKind.maskOf(statuses));
    }

    @Override
    @SafeVarargs
    public final Publisher createPublisher(PublisherQos qos, PublisherListener listener,
            Class<? extends Status>... statuses) {
        return createPublisher(qos, listener, StatusKind.maskOf(statuses));
    }

    private Publisher createPublisher(PublisherQos qos, PublisherListener listener, int mask) {
        checkOpen();
        PublisherQos effective = qos == null ? defaultPublisherQos : qos;
        QosRules.checkConsistent(effective);
        SiroccoPublisher publisher = new SiroccoPublisher(environment, this, effective, listener, mask);
        if (profileWriterQos != null) {
            publisher.setDefaultDataWriterQos(profileWriterQos); // QoS profiles, see the constructor
        }
        publishers.add(publisher);
        if (isEnabled() && qos().getEntityFactory().isAutoEnableCreatedEntities()) {
            publisher.enable();
        }
        return publisher;
    }

    @Override
    public Subscriber createSubscriber() {
        return createSubscriber(defaultSubscriberQos, null, StatusKind.ALL_MASK);
    }

    @Override
    public Subscriber createSubscriber(SubscriberQos qos) {
        return createSubscriber(qos, null, StatusKind.ALL_MASK);
    }

    @Override
    public Subscriber createSubscriber(SubscriberQos qos, SubscriberListener listener,
            Collection<Class<? extends Status>> statuses) {
        return createSubscriber(qos, listener, StatusKind.maskOf(statuses));
    }

    @Override
    @SafeVarargs
    public final Subscriber createSubscriber(SubscriberQos qos, SubscriberListener listener,
            Class<? extends Status>... statuses) {
        return createSubscriber(qos, listener, StatusKind.maskOf(statuses));
    }

    private Subscriber createSubscriber(SubscriberQos qos, SubscriberListener listener, int mask) {
        checkOpen();
        SubscriberQos effective = qos == null ? defaultSubscriberQos : qos;
        QosRules.checkConsistent(effective);
        SiroccoSubscriber subscriber = new SiroccoSubscriber(environment, this, effective, listener, mask, false);
        if (profileReaderQos != null) {
            subscriber.setDefaultDataReaderQos(profileReaderQos); // QoS profiles, see the constructor
        }
        subscribers.add(subscriber);
        if (isEnabled() && qos().getEntityFactory().isAutoEnableCreatedEntities()) {
            subscriber.enable();
        }
        return subscriber;
    }

    @Override
    public Subscriber getBuiltinSubscriber() {
        checkOpen();
        return builtinSubscriber;
    }

    private SiroccoSubscriber createBuiltinSubscriber() {
        SiroccoSubscriber subscriber = new SiroccoSubscriber(environment, this, environment.qosDefaults().subscriberQos(),
                null, 0, true);
        var readerQos = environment.qosDefaults().dataReaderQos().withPolicies(
                environment.policyFactory().Durability().withTransientLocal(),
                environment.policyFactory().Reliability().withReliable());
        var participants = builtinTopic(BuiltinTopics.PARTICIPANT, BuiltinTopics.participantCodec(environment));
        var topicsTopic = builtinTopic(BuiltinTopics.TOPIC, BuiltinTopics.topicCodec(environment));
        var publications = builtinTopic(BuiltinTopics.PUBLICATION, BuiltinTopics.publicationCodec(environment));
        var subscriptions = builtinTopic(BuiltinTopics.SUBSCRIPTION, BuiltinTopics.subscriptionCodec(environment));
        discovery.attachBuiltinReaders(
                (SiroccoDataReader<ParticipantBuiltinTopicData>) subscriber.createDataReader(participants, readerQos),
                (SiroccoDataReader<TopicBuiltinTopicData>) subscriber.createDataReader(topicsTopic, readerQos),
                (SiroccoDataReader<org.omg.dds.topic.PublicationBuiltinTopicData>) subscriber.createDataReader(
                        publications, readerQos),
                (SiroccoDataReader<org.omg.dds.topic.SubscriptionBuiltinTopicData>) subscriber.createDataReader(
                        subscriptions, readerQos));
        return subscriber;
    }

    private <T> SiroccoTopic<T> builtinTopic(String name, io.sirocco.dcps.type.TypeCodec<T> codec) {
        SiroccoTopic<T> topic = new SiroccoTopic<>(environment, this, name,
                new SiroccoTypeSupport<>(environment, codec, null), defaultTopicQos, null, 0);
        topics.put(name, topic);
        return topic;
    }

    private static boolean isBuiltin(SiroccoTopic<?> topic) {
        return topic.getName().startsWith("DCPS") && topic.getTypeName().startsWith("DDS::")
                && topic.getTypeName().endsWith("BuiltinTopicData");
    }

    // ------------------------------------------------------------------ topics

    @Override
    public <TYPE> Topic<TYPE> createTopic(String topicName, Class<TYPE> type) {
        return createTopic(topicName, type, defaultTopicQos, null, StatusKind.ALL_MASK);
    }

    @Override
    public <TYPE> Topic<TYPE> createTopic(String topicName, Class<TYPE> type, TopicQos qos,
            TopicListener<TYPE> listener, Collection<Class<? extends Status>> statuses) {
        return createTopic(topicName, type, qos, listener, StatusKind.maskOf(statuses));
    }

    @Override
    @SafeVarargs
    public final <TYPE> Topic<TYPE> createTopic(String topicName, Class<TYPE> type, TopicQos qos,
            TopicListener<TYPE> listener, Class<? extends Status>... statuses) {
        return createTopic(topicName, type, qos, listener, StatusKind.maskOf(statuses));
    }

    private <TYPE> Topic<TYPE> createTopic(String topicName, Class<TYPE> type, TopicQos qos,
            TopicListener<TYPE> listener, int mask) {
        if (type == null) {
            throw new IllegalArgumentException("type must not be null");
        }
        return createTopic(topicName, SiroccoTypeSupport.create(environment, type, null), qos, listener, mask);
    }

    @Override
    public <TYPE> Topic<TYPE> createTopic(String topicName, TypeSupport<TYPE> type) {
        return createTopic(topicName, type, defaultTopicQos, null, StatusKind.ALL_MASK);
    }

    @Override
    public <TYPE> Topic<TYPE> createTopic(String topicName, TypeSupport<TYPE> type, TopicQos qos,
            TopicListener<TYPE> listener, Collection<Class<? extends Status>> statuses) {
        return createTopic(topicName, type, qos, listener, StatusKind.maskOf(statuses));
    }

    @Override
    @SafeVarargs
    public final <TYPE> Topic<TYPE> createTopic(String topicName, TypeSupport<TYPE> type, TopicQos qos,
            TopicListener<TYPE> listener, Class<? extends Status>... statuses) {
        return createTopic(topicName, type, qos, listener, StatusKind.maskOf(statuses));
    }

    @SuppressWarnings("unchecked")
    private <TYPE> Topic<TYPE> createTopic(String topicName, TypeSupport<TYPE> type, TopicQos qos,
            TopicListener<TYPE> listener, int mask) {
        checkOpen();
        validateTopicName(topicName);
        if (!(type instanceof SiroccoTypeSupport<TYPE> support)) {
            throw new IllegalArgumentException("type must be a TypeSupport created by Sirocco "
                    + "(TypeSupport.newTypeSupport(Class, env)), got " + type);
        }
        TopicQos effective = qos == null ? defaultTopicQos : qos;
        QosRules.checkConsistent(effective);
        synchronized (topics) {
            if (filteredTopics.containsKey(topicName)) {
                throw new PreconditionFailedException(environment, "a content-filtered topic named \"" + topicName
                        + "\" already exists in this participant");
            }
            SiroccoTopic<?> existing = topics.get(topicName);
            if (existing != null) {
                if (!existing.getTypeName().equals(support.getTypeName())) {
                    throw new PreconditionFailedException(environment, "topic \"" + topicName
                            + "\" already exists in this participant with type " + existing.getTypeName()
                            + ", not " + support.getTypeName());
                }
                if (existing.tryAddReference()) {
                    return (Topic<TYPE>) existing;
                }
                // Its last reference is being closed on another thread: a new topic replaces it.
            }
            SiroccoTopic<TYPE> topic = new SiroccoTopic<>(environment, this, topicName, support, effective, listener,
                    mask);
            topics.put(topicName, topic);
            if (isEnabled() && qos().getEntityFactory().isAutoEnableCreatedEntities()) {
                topic.enable();
            }
            return topic;
        }
    }

    private static void validateTopicName(String topicName) {
        if (topicName == null || topicName.isEmpty()) {
            throw new IllegalArgumentException("topicName must not be null or empty");
        }
        if (topicName.length() > 256) {
            throw new IllegalArgumentException("topicName must not exceed 256 characters: \"" + topicName + "\"");
        }
        for (int i = 0; i < topicName.length(); i++) {
            char c = topicName.charAt(i);
            if (!(Character.isLetterOrDigit(c) || c == '_' || c == '/' || c == '-' || c == '.' || c == ':')) {
                throw new IllegalArgumentException("topicName \"" + topicName + "\" has the character '" + c
                        + "' at position " + i + "; use letters, digits, '_', '/', '-', '.' or ':'");
            }
        }
    }

    @Override
    public Topic<DynamicType> createTopic(String topicName, DynamicType type) {
        throw new UnsupportedOperationException(NO_DYNAMIC_TYPES);
    }

    @Override
    public Topic<DynamicType> createTopic(String topicName, DynamicType type, TopicQos qos,
            TopicListener<DynamicType> listener, Collection<Class<? extends Status>> statuses) {
        throw new UnsupportedOperationException(NO_DYNAMIC_TYPES);
    }

    @Override
    public Topic<DynamicType> createTopic(String topicName, DynamicType type, TopicQos qos,
            TopicListener<DynamicType> listener, Class<? extends Status>... statuses) {
        throw new UnsupportedOperationException(NO_DYNAMIC_TYPES);
    }

    @Override
    public Topic<DynamicType> createTopic(String topicName, DynamicType type, TypeSupport<DynamicType> typeSupport) {
        throw new UnsupportedOperationException(NO_DYNAMIC_TYPES);
    }

    @Override
    public Topic<DynamicType> createTopic(String topicName, DynamicType type, TypeSupport<DynamicType> typeSupport,
            TopicQos qos, TopicListener<DynamicType> listener, Collection<Class<? extends Status>> statuses) {
        throw new UnsupportedOperationException(NO_DYNAMIC_TYPES);
    }

    @Override
    public Topic<DynamicType> createTopic(String topicName, DynamicType type, TypeSupport<DynamicType> typeSupport,
            TopicQos qos, TopicListener<DynamicType> listener, Class<? extends Status>... statuses) {
        throw new UnsupportedOperationException(NO_DYNAMIC_TYPES);
    }

    /**
     * Finds a topic by name: this participant's own (one more reference to it), or a topic another
     * participant of this JVM created in the domain (a new topic of the same type here). Topics
     * known only from remote discovery cannot be found, as Sirocco cannot know their Java type.
     */
    @Override
    @SuppressWarnings("unchecked")
    public <TYPE> Topic<TYPE> findTopic(String topicName, Duration timeout) throws TimeoutException {
        checkOpen();
        if (topicName == null) {
            throw new IllegalArgumentException("topicName must not be null");
        }
        long deadline = System.nanoTime() + Math.min(NanoDuration.nanosOf(timeout, "timeout"), Long.MAX_VALUE / 4);
        while (true) {
            SiroccoTopic<?> own = topics.get(topicName);
            if (own != null && own.tryAddReference()) {
                return (Topic<TYPE>) own;
            }
            for (SiroccoTopic<?> other : domain.topics()) {
                if (other.getName().equals(topicName) && !other.isClosed()) {
                    return (Topic<TYPE>) createTopic(topicName, (TypeSupport<Object>) other.getTypeSupport(),
                            other.qos(), null, StatusKind.ALL_MASK);
                }
            }
            if (System.nanoTime() - deadline >= 0) {
                throw new TimeoutException("no topic \"" + topicName + "\" appeared within " + timeout);
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new TimeoutException("interrupted while looking for topic \"" + topicName + "\"");
            }
        }
    }

    @Override
    public <TYPE> Topic<TYPE> findTopic(String topicName, long timeout, TimeUnit unit) throws TimeoutException {
        return findTopic(topicName, NanoDuration.of(environment, timeout, unit));
    }

    @Override
    @SuppressWarnings("unchecked")
    public <TYPE> TopicDescription<TYPE> lookupTopicDescription(String name) {
        checkOpen();
        if (name == null) {
            throw new IllegalArgumentException("name must not be null");
        }
        TopicDescription<?> topic = topics.get(name);
        return (TopicDescription<TYPE>) (topic != null ? topic : filteredTopics.get(name));
    }

    @Override
    public <TYPE> ContentFilteredTopic<TYPE> createContentFilteredTopic(String name, Topic<? extends TYPE> relatedTopic,
            String filterExpression, List<String> expressionParameters) {
        checkOpen();
        validateTopicName(name);
        if (relatedTopic == null) {
            throw new IllegalArgumentException("relatedTopic must not be null");
        }
        @SuppressWarnings("unchecked")
        SiroccoTopic<TYPE> related = (SiroccoTopic<TYPE>) ownTopic(relatedTopic);
        synchronized (topics) {
            if (topics.containsKey(name) || filteredTopics.containsKey(name)) {
                throw new PreconditionFailedException(environment, "a topic named \"" + name
                        + "\" already exists in this participant");
            }
            SiroccoContentFilteredTopic<TYPE> filtered = new SiroccoContentFilteredTopic<>(this, name, related,
                    filterExpression, expressionParameters);
            filteredTopics.put(name, filtered);
            return filtered;
        }
    }

    @Override
    public <TYPE> ContentFilteredTopic<TYPE> createContentFilteredTopic(String name, Topic<? extends TYPE> relatedTopic,
            String filterExpression, String... expressionParameters) {
        return createContentFilteredTopic(name, relatedTopic, filterExpression,
                expressionParameters == null ? List.of() : List.of(expressionParameters));
    }

    @Override
    public <TYPE> MultiTopic<TYPE> createMultiTopic(String name, Class<TYPE> type, String subscriptionExpression,
            List<String> expressionParameters) {
        throw new UnsupportedOperationException(NO_MULTITOPIC);
    }

    @Override
    public <TYPE> MultiTopic<TYPE> createMultiTopic(String name, TypeSupport<TYPE> type, String subscriptionExpression,
            List<String> expressionParameters) {
        throw new UnsupportedOperationException(NO_MULTITOPIC);
    }

    @Override
    public <TYPE> MultiTopic<TYPE> createMultiTopic(String name, Class<TYPE> type, String subscriptionExpression,
            String... expressionParameters) {
        throw new UnsupportedOperationException(NO_MULTITOPIC);
    }

    @Override
    public <TYPE> MultiTopic<TYPE> createMultiTopic(String name, TypeSupport<TYPE> type, String subscriptionExpression,
            String... expressionParameters) {
        throw new UnsupportedOperationException(NO_MULTITOPIC);
    }

    /** A topic of this participant, or an IllegalArgumentException naming the problem. */
    @SuppressWarnings("unchecked")
    public <TYPE> SiroccoTopic<TYPE> ownTopic(Topic<? extends TYPE> topic) {
        if (topic == null) {
            throw new IllegalArgumentException("topic must not be null");
        }
        if (!(topic instanceof SiroccoTopic<?> own) || own.participant() != this) {
            throw new IllegalArgumentException("topic \"" + topic.getName() + "\" was not created by this participant");
        }
        own.checkOpen();
        return (SiroccoTopic<TYPE>) own;
    }

    /** A topic or content-filtered topic of this participant, for creating a reader. */
    public <TYPE> TopicView<TYPE> topicView(TopicDescription<TYPE> description) {
        if (description == null) {
            throw new IllegalArgumentException("topic must not be null");
        }
        if (!(description instanceof TopicView<TYPE> view) || view.participant() != this) {
            throw new IllegalArgumentException("topic \"" + description.getName()
                    + "\" was not created by this participant");
        }
        return view;
    }

    /** The TOPIC_DATA of this participant's topic with that name, or {@code null}. */
    TopicData topicDataOf(String topicName) {
        SiroccoTopic<?> topic = topics.get(topicName);
        return topic == null ? null : topic.qos().getTopicData();
    }

    // ------------------------------------------------------------------ discovery and ignore

    @Override
    public void ignoreParticipant(InstanceHandle handle) {
        checkEnabled();
        Guid ignored = discovery.ignore(handle, "participant");
        unmatchIgnored(ignored);
    }

    @Override
    public void ignoreTopic(InstanceHandle handle) {
        checkEnabled();
        discovery.ignore(handle, "topic");
    }

    @Override
    public void ignorePublication(InstanceHandle handle) {
        checkEnabled();
        unmatchIgnored(discovery.ignore(handle, "publication"));
    }

    @Override
    public void ignoreSubscription(InstanceHandle handle) {
        checkEnabled();
        unmatchIgnored(discovery.ignore(handle, "subscription"));
    }

    private void unmatchIgnored(Guid ignored) {
        for (SiroccoSubscriber subscriber : subscribers) {
            for (SiroccoDataReader<?> reader : subscriber.readers()) {
                reader.ignore(ignored);
            }
        }
        for (SiroccoPublisher publisher : publishers) {
            for (SiroccoDataWriter<?> writer : publisher.writers()) {
                writer.ignore(ignored);
            }
        }
        DeferredNotifications.current().flush();
    }

    @Override
    public Set<InstanceHandle> getDiscoveredParticipants() {
        checkEnabled();
        return discovery.participantHandles();
    }

    @Override
    public ParticipantBuiltinTopicData getDiscoveredParticipantData(InstanceHandle participantHandle) {
        checkEnabled();
        if (participantHandle == null) {
            throw new IllegalArgumentException("participantHandle must not be null");
        }
        return discovery.participantData(participantHandle);
    }

    @Override
    public Set<InstanceHandle> getDiscoveredTopics() {
        checkEnabled();
        return discovery.topicHandles();
    }

    @Override
    public TopicBuiltinTopicData getDiscoveredTopicData(InstanceHandle topicHandle) {
        checkEnabled();
        if (topicHandle == null) {
            throw new IllegalArgumentException("topicHandle must not be null");
        }
        return discovery.topicData(topicHandle);
    }

    @Override
    public boolean containsEntity(InstanceHandle entityHandle) {
        checkOpen();
        long value = Handles.valueOf(entityHandle, "handle");
        for (SiroccoTopic<?> topic : topics.values()) {
            if (topic.handle() == value) {
                return true;
            }
        }
        for (SiroccoPublisher publisher : publishers) {
            if (publisher.handle() == value || publisher.writers().stream().anyMatch(w -> w.handle() == value)) {
                return true;
            }
        }
        for (SiroccoSubscriber subscriber : subscribers) {
            if (subscriber.handle() == value || subscriber.readers().stream().anyMatch(r -> r.handle() == value)) {
                return true;
            }
        }
        return false;
    }

    // ------------------------------------------------------------------ liveliness, time, QoS

    @Override
    public void assertLiveliness() {
        checkEnabled();
        long now = System.nanoTime();
        livelinessAsserted(now);
        for (DataPath path : paths) {
            path.livelinessAsserted(null);
        }
        for (SiroccoPublisher publisher : publishers) {
            for (SiroccoDataWriter<?> writer : publisher.writers()) {
                writer.participantAsserted(now);
            }
        }
        DeferredNotifications.current().flush();
    }

    /** Records a participant-level liveliness assertion (MANUAL_BY_PARTICIPANT). */
    public void livelinessAsserted(long nanoTime) {
        lastLivelinessAssertion = nanoTime;
    }

    public long lastLivelinessAssertion() {
        return lastLivelinessAssertion;
    }

    @Override
    public int getDomainId() {
        return domainId;
    }

    @Override
    public ModifiableTime getCurrentTime(ModifiableTime currentTime) {
        if (currentTime == null) {
            throw new IllegalArgumentException("currentTime must not be null");
        }
        if (currentTime instanceof ModifiableNanoTime own) {
            own.setNanos(WallClock.now());
        } else {
            currentTime.setTime(WallClock.now(), TimeUnit.NANOSECONDS);
        }
        return currentTime;
    }

    @Override
    public Time getCurrentTime() {
        return new NanoTime(environment, WallClock.now());
    }

    @Override
    public void setQos(DomainParticipantQos qos) {
        checkOpen();
        if (qos == null) {
            throw new IllegalArgumentException("qos must not be null");
        }
        QosRules.checkConsistent(qos);
        if (isEnabled()) {
            QosRules.checkChangeable(qos(), qos);
        }
        replaceQos(qos);
        if (isEnabled()) {
            for (SiroccoParticipant participant : domain.participants()) {
                participant.discovery().localParticipantDiscovered(this);
            }
            for (DataPath path : paths) {
                path.participantUpdated();
            }
        }
    }

    @Override
    public void setQos(String qosLibraryName, String qosProfileName) {
        setQos(environment.defaultQosProvider().getDomainParticipantQos(qosLibraryName + "::" + qosProfileName));
    }

    @Override
    public PublisherQos getDefaultPublisherQos() {
        checkOpen();
        return defaultPublisherQos;
    }

    @Override
    public void setDefaultPublisherQos(PublisherQos qos) {
        checkOpen();
        QosRules.checkConsistent(requireQos(qos));
        this.defaultPublisherQos = qos;
    }

    @Override
    public SubscriberQos getDefaultSubscriberQos() {
        checkOpen();
        return defaultSubscriberQos;
    }

    @Override
    public void setDefaultSubscriberQos(SubscriberQos qos) {
        checkOpen();
        QosRules.checkConsistent(requireQos(qos));
        this.defaultSubscriberQos = qos;
    }

    @Override
    public TopicQos getDefaultTopicQos() {
        checkOpen();
        return defaultTopicQos;
    }

    @Override
    public void setDefaultTopicQos(TopicQos qos) {
        checkOpen();
        QosRules.checkConsistent(requireQos(qos));
        this.defaultTopicQos = qos;
    }

    private static <Q> Q requireQos(Q qos) {
        if (qos == null) {
            throw new IllegalArgumentException("qos must not be null");
        }
        return qos;
    }

    @Override
    public void dispatch(StatusKind kind) {
        // A participant has no status of its own; its children dispatch to its listener.
    }

    @Override
    @SuppressWarnings("unchecked")
    public StatusCondition<DomainParticipant> getStatusCondition() {
        return (StatusCondition<DomainParticipant>) statusConditionInternal();
    }
}
