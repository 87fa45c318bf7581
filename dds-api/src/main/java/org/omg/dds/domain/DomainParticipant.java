package org.omg.dds.domain;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.omg.dds.core.Duration;
import org.omg.dds.core.Entity;
import org.omg.dds.core.InstanceHandle;
import org.omg.dds.core.ModifiableTime;
import org.omg.dds.core.StatusCondition;
import org.omg.dds.core.Time;
import org.omg.dds.core.status.Status;
import org.omg.dds.pub.Publisher;
import org.omg.dds.pub.PublisherListener;
import org.omg.dds.pub.PublisherQos;
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
 * An application's membership in one DDS domain: the entry point through which it creates the
 * publishers, subscribers and topics it uses there, and the factory and container of those entities.
 *
 * <p>Only entities belonging to the same domain can communicate with each other. As for every
 * entity of this API, {@link #close()} also closes the publishers, subscribers and topics the
 * participant contains; {@link #closeContainedEntities()} closes only those.
 */
public interface DomainParticipant extends Entity<DomainParticipantListener, DomainParticipantQos> {

    /**
     * Creates a publisher with the participant's default publisher QoS, no listener and no statuses
     * enabled for listening.
     *
     * @see #getDefaultPublisherQos()
     */
    Publisher createPublisher();

    /**
     * Creates a publisher with the given QoS and no listener.
     *
     * @throws org.omg.dds.core.InconsistentPolicyException if the QoS policies conflict with each other
     */
    Publisher createPublisher(PublisherQos qos);

    /**
     * Creates a publisher with the given QoS, attaching a listener for the given status kinds.
     *
     * @param qos the QoS of the new publisher
     * @param listener the listener to attach, or {@code null} for none
     * @param statuses the status kinds the listener is notified of
     * @throws org.omg.dds.core.InconsistentPolicyException if the QoS policies conflict with each other
     */
    Publisher createPublisher(PublisherQos qos, PublisherListener listener,
            Collection<Class<? extends Status>> statuses);

    /**
     * Varargs form of {@link #createPublisher(PublisherQos, PublisherListener, Collection)}, kept for
     * source compatibility with OpenSplice's Java 5 API.
     */
    Publisher createPublisher(PublisherQos qos, PublisherListener listener,
            Class<? extends Status>... statuses);

    /**
     * Creates a subscriber with the participant's default subscriber QoS, no listener and no statuses
     * enabled for listening.
     *
     * @see #getDefaultSubscriberQos()
     */
    Subscriber createSubscriber();

    /**
     * Creates a subscriber with the given QoS and no listener.
     *
     * @throws org.omg.dds.core.InconsistentPolicyException if the QoS policies conflict with each other
     */
    Subscriber createSubscriber(SubscriberQos qos);

    /**
     * Creates a subscriber with the given QoS, attaching a listener for the given status kinds.
     *
     * @param qos the QoS of the new subscriber
     * @param listener the listener to attach, or {@code null} for none
     * @param statuses the status kinds the listener is notified of
     * @throws org.omg.dds.core.InconsistentPolicyException if the QoS policies conflict with each other
     */
    Subscriber createSubscriber(SubscriberQos qos, SubscriberListener listener,
            Collection<Class<? extends Status>> statuses);

    /**
     * Varargs form of {@link #createSubscriber(SubscriberQos, SubscriberListener, Collection)}, kept
     * for source compatibility with OpenSplice's Java 5 API.
     */
    Subscriber createSubscriber(SubscriberQos qos, SubscriberListener listener,
            Class<? extends Status>... statuses);

    /**
     * Returns the participant's built-in subscriber, whose readers deliver the discovery information
     * of the built-in topics ({@code DCPSParticipant}, {@code DCPSTopic}, {@code DCPSPublication} and
     * {@code DCPSSubscription}).
     */
    Subscriber getBuiltinSubscriber();

    /**
     * Creates a topic for the given Java data type, with the default topic QoS and no listener; the
     * type is registered under a name derived from the class.
     *
     * @param topicName the topic name, unique within the domain
     * @param type the class of the samples published on the topic
     * @throws org.omg.dds.core.PreconditionNotMetException if a topic of that name already exists in
     *         this participant with a different type
     */
    <TYPE> Topic<TYPE> createTopic(String topicName, Class<TYPE> type);

    /**
     * Creates a topic for the given Java data type with the given QoS, attaching a listener for the
     * given status kinds.
     *
     * @param topicName the topic name, unique within the domain
     * @param type the class of the samples published on the topic
     * @param qos the QoS of the new topic
     * @param listener the listener to attach, or {@code null} for none
     * @param statuses the status kinds the listener is notified of
     */
    <TYPE> Topic<TYPE> createTopic(String topicName, Class<TYPE> type, TopicQos qos,
            TopicListener<TYPE> listener, Collection<Class<? extends Status>> statuses);

    /**
     * Varargs form of {@link #createTopic(String, Class, TopicQos, TopicListener, Collection)}, kept
     * for source compatibility with OpenSplice's Java 5 API.
     */
    <TYPE> Topic<TYPE> createTopic(String topicName, Class<TYPE> type, TopicQos qos,
            TopicListener<TYPE> listener, Class<? extends Status>... statuses);

    /**
     * Creates a topic whose data type is described by an explicit type support, which also fixes
     * the registered type name; default topic QoS, no listener.
     */
    <TYPE> Topic<TYPE> createTopic(String topicName, TypeSupport<TYPE> typeSupport);

    /**
     * Creates a topic whose data type is described by an explicit type support, with the given QoS
     * and a listener for the given status kinds.
     */
    <TYPE> Topic<TYPE> createTopic(String topicName, TypeSupport<TYPE> typeSupport, TopicQos qos,
            TopicListener<TYPE> listener, Collection<Class<? extends Status>> statuses);

    /**
     * Varargs form of {@link #createTopic(String, TypeSupport, TopicQos, TopicListener, Collection)},
     * kept for source compatibility with OpenSplice's Java 5 API.
     */
    <TYPE> Topic<TYPE> createTopic(String topicName, TypeSupport<TYPE> typeSupport, TopicQos qos,
            TopicListener<TYPE> listener, Class<? extends Status>... statuses);

    /**
     * Creates a topic whose samples are dynamic data of the given dynamic type; default topic QoS,
     * no listener.
     */
    Topic<DynamicType> createTopic(String topicName, DynamicType type);

    /**
     * Creates a topic for the given dynamic type with the given QoS and a listener for the given
     * status kinds.
     */
    Topic<DynamicType> createTopic(String topicName, DynamicType type, TopicQos qos,
            TopicListener<DynamicType> listener, Collection<Class<? extends Status>> statuses);

    /**
     * Varargs form of {@link #createTopic(String, DynamicType, TopicQos, TopicListener, Collection)},
     * kept for source compatibility with OpenSplice's Java 5 API.
     */
    Topic<DynamicType> createTopic(String topicName, DynamicType type, TopicQos qos,
            TopicListener<DynamicType> listener, Class<? extends Status>... statuses);

    /**
     * Creates a topic for the given dynamic type using an explicit type support; default topic QoS,
     * no listener.
     */
    Topic<DynamicType> createTopic(String topicName, DynamicType type, TypeSupport<DynamicType> typeSupport);

    /**
     * Creates a topic for the given dynamic type using an explicit type support, with the given QoS
     * and a listener for the given status kinds.
     */
    Topic<DynamicType> createTopic(String topicName, DynamicType type, TypeSupport<DynamicType> typeSupport,
            TopicQos qos, TopicListener<DynamicType> listener, Collection<Class<? extends Status>> statuses);

    /**
     * Varargs form of
     * {@link #createTopic(String, DynamicType, TypeSupport, TopicQos, TopicListener, Collection)},
     * kept for source compatibility with OpenSplice's Java 5 API.
     */
    Topic<DynamicType> createTopic(String topicName, DynamicType type, TypeSupport<DynamicType> typeSupport,
            TopicQos qos, TopicListener<DynamicType> listener, Class<? extends Status>... statuses);

    /**
     * Finds a topic of the given name, created locally or by another participant in the domain,
     * waiting up to {@code timeout} for it to appear. Each successful call counts as one more use of
     * the topic, to be ended with its own {@link Topic#close()} (implementations may return the same
     * topic object each time, as Sirocco does).
     *
     * @throws TimeoutException if no such topic became known within the timeout
     */
    <TYPE> Topic<TYPE> findTopic(String topicName, Duration timeout) throws TimeoutException;

    /**
     * Like {@link #findTopic(String, Duration)}, with the timeout given as an amount of a time unit.
     *
     * @throws TimeoutException if no such topic became known within the timeout
     */
    <TYPE> Topic<TYPE> findTopic(String topicName, long timeout, TimeUnit unit) throws TimeoutException;

    /**
     * Looks up a topic, content-filtered topic or multi-topic that this participant created, without
     * waiting or creating a new object.
     *
     * @return the description, or {@code null} if this participant has none of that name
     */
    <TYPE> TopicDescription<TYPE> lookupTopicDescription(String name);

    /**
     * Creates a content-filtered topic: a view of {@code relatedTopic} that lets readers receive only
     * the samples matching an SQL-like filter over the data fields (the {@code WHERE} part of a
     * query, for example {@code "x > %0 AND color = %1"}).
     *
     * @param name the name of the new topic description
     * @param relatedTopic the topic whose samples are filtered
     * @param filterExpression the filter condition; {@code %n} stands for the n-th (zero-based)
     *        expression parameter
     * @param expressionParameters the values of the {@code %n} placeholders
     * @throws IllegalArgumentException if the expression is malformed or refers to unknown fields
     */
    <TYPE> ContentFilteredTopic<TYPE> createContentFilteredTopic(String name,
            Topic<? extends TYPE> relatedTopic, String filterExpression, List<String> expressionParameters);

    /**
     * Varargs form of {@link #createContentFilteredTopic(String, Topic, String, List)}, kept for
     * source compatibility with OpenSplice's Java 5 API.
     */
    <TYPE> ContentFilteredTopic<TYPE> createContentFilteredTopic(String name,
            Topic<? extends TYPE> relatedTopic, String filterExpression, String... expressionParameters);

    /**
     * Creates a multi-topic: a topic description whose samples of type {@code type} are built by
     * selecting, joining and filtering the samples of other topics, as described by an SQL-like
     * subscription expression.
     *
     * @param subscriptionExpression the {@code SELECT ... FROM ... WHERE ...} expression; {@code %n}
     *        stands for the n-th (zero-based) expression parameter
     * @param expressionParameters the values of the {@code %n} placeholders
     */
    <TYPE> MultiTopic<TYPE> createMultiTopic(String name, Class<TYPE> type, String subscriptionExpression,
            List<String> expressionParameters);

    /**
     * Creates a multi-topic whose resulting type is described by an explicit type support.
     *
     * @see #createMultiTopic(String, Class, String, List)
     */
    <TYPE> MultiTopic<TYPE> createMultiTopic(String name, TypeSupport<TYPE> typeSupport,
            String subscriptionExpression, List<String> expressionParameters);

    /**
     * Varargs form of {@link #createMultiTopic(String, Class, String, List)}, kept for source
     * compatibility with OpenSplice's Java 5 API.
     */
    <TYPE> MultiTopic<TYPE> createMultiTopic(String name, Class<TYPE> type, String subscriptionExpression,
            String... expressionParameters);

    /**
     * Varargs form of {@link #createMultiTopic(String, TypeSupport, String, List)}, kept for source
     * compatibility with OpenSplice's Java 5 API.
     */
    <TYPE> MultiTopic<TYPE> createMultiTopic(String name, TypeSupport<TYPE> typeSupport,
            String subscriptionExpression, String... expressionParameters);

    /**
     * Closes, recursively, every entity this participant created: publishers, subscribers, topics,
     * content-filtered topics and multi-topics, together with their own contained entities. The
     * participant itself stays open.
     *
     * @throws org.omg.dds.core.PreconditionNotMetException if a contained data reader still has
     *         samples on loan to the application
     */
    void closeContainedEntities();

    /**
     * Makes the middleware ignore a remote participant: from then on nothing it publishes reaches
     * this participant and it is no longer matched with local entities. This cannot be undone.
     *
     * @param handle the participant's handle, as found in the {@code DCPSParticipant} built-in topic
     * @throws org.omg.dds.core.NotEnabledException if this participant is not enabled
     */
    void ignoreParticipant(InstanceHandle handle);

    /**
     * Makes the middleware ignore a remote topic, so that its data is not received locally. This
     * cannot be undone.
     *
     * @param handle the topic's handle, as found in the {@code DCPSTopic} built-in topic
     * @throws org.omg.dds.core.NotEnabledException if this participant is not enabled
     */
    void ignoreTopic(InstanceHandle handle);

    /**
     * Makes the middleware ignore a remote data writer: none of its samples reach local readers and
     * it is never matched again. This cannot be undone.
     *
     * @param handle the writer's handle, as found in the {@code DCPSPublication} built-in topic
     * @throws org.omg.dds.core.NotEnabledException if this participant is not enabled
     */
    void ignorePublication(InstanceHandle handle);

    /**
     * Makes the middleware ignore a remote data reader: local writers no longer send it data and it
     * is never matched again. This cannot be undone.
     *
     * @param handle the reader's handle, as found in the {@code DCPSSubscription} built-in topic
     * @throws org.omg.dds.core.NotEnabledException if this participant is not enabled
     */
    void ignoreSubscription(InstanceHandle handle);

    /** Returns the identifier of the domain this participant belongs to. */
    int getDomainId();

    /**
     * Tells the middleware that the participant is alive, which keeps alive its writers whose
     * Liveliness QoS kind is {@code MANUAL_BY_PARTICIPANT}.
     *
     * @throws org.omg.dds.core.NotEnabledException if this participant is not enabled
     */
    void assertLiveliness();

    /** Returns a copy of the QoS that {@link #createPublisher()} gives new publishers. */
    PublisherQos getDefaultPublisherQos();

    /**
     * Sets the QoS that later calls of {@link #createPublisher()} use; existing publishers are not
     * affected.
     *
     * @throws org.omg.dds.core.InconsistentPolicyException if the policies conflict with each other
     */
    void setDefaultPublisherQos(PublisherQos qos);

    /** Returns a copy of the QoS that {@link #createSubscriber()} gives new subscribers. */
    SubscriberQos getDefaultSubscriberQos();

    /**
     * Sets the QoS that later calls of {@link #createSubscriber()} use; existing subscribers are not
     * affected.
     *
     * @throws org.omg.dds.core.InconsistentPolicyException if the policies conflict with each other
     */
    void setDefaultSubscriberQos(SubscriberQos qos);

    /** Returns a copy of the QoS given to topics created without an explicit QoS. */
    TopicQos getDefaultTopicQos();

    /**
     * Sets the QoS given to topics created later without an explicit QoS; existing topics are not
     * affected.
     *
     * @throws org.omg.dds.core.InconsistentPolicyException if the policies conflict with each other
     */
    void setDefaultTopicQos(TopicQos qos);

    /**
     * Returns the handles of the remote participants discovered in the domain and not ignored.
     *
     * @throws org.omg.dds.core.NotEnabledException if this participant is not enabled
     */
    Set<InstanceHandle> getDiscoveredParticipants();

    /**
     * Returns the {@code DCPSParticipant} built-in data last received for a discovered participant.
     *
     * @param participantHandle a handle returned by {@link #getDiscoveredParticipants()}
     * @throws org.omg.dds.core.PreconditionNotMetException if the handle does not denote a discovered
     *         participant
     */
    ParticipantBuiltinTopicData getDiscoveredParticipantData(InstanceHandle participantHandle);

    /**
     * Returns the handles of the topics discovered in the domain and not ignored.
     *
     * @throws org.omg.dds.core.NotEnabledException if this participant is not enabled
     */
    Set<InstanceHandle> getDiscoveredTopics();

    /**
     * Returns the {@code DCPSTopic} built-in data last received for a discovered topic.
     *
     * @param topicHandle a handle returned by {@link #getDiscoveredTopics()}
     * @throws org.omg.dds.core.PreconditionNotMetException if the handle does not denote a discovered
     *         topic
     */
    TopicBuiltinTopicData getDiscoveredTopicData(InstanceHandle topicHandle);

    /**
     * Tells whether the entity with the given handle was created by this participant, directly or
     * through one of its publishers or subscribers.
     */
    boolean containsEntity(InstanceHandle handle);

    /**
     * Stores the middleware's current time, as used for source timestamps, in {@code currentTime}.
     *
     * @return {@code currentTime}, for convenience
     */
    ModifiableTime getCurrentTime(ModifiableTime currentTime);

    /** Returns the middleware's current time, as used for source timestamps. */
    Time getCurrentTime();

    /** Returns the status condition of this participant, for use in a wait set. */
    StatusCondition<DomainParticipant> getStatusCondition();
}
