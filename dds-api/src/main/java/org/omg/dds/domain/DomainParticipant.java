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

/** TODO */
public interface DomainParticipant extends Entity<DomainParticipantListener, DomainParticipantQos> {

    /** TODO */
    Publisher createPublisher();

    /** TODO */
    Publisher createPublisher(PublisherQos publisherQos);

    /** TODO */
    Publisher createPublisher(PublisherQos publisherQos, PublisherListener publisherListener, Collection<Class<? extends Status>> statuses);

    /** TODO (OpenSplice addition) */
    Publisher createPublisher(PublisherQos qos, PublisherListener listener, Class<? extends Status>... statuses);

    /** TODO */
    Subscriber createSubscriber();

    /** TODO */
    Subscriber createSubscriber(SubscriberQos subscriberQos);

    /** TODO */
    Subscriber createSubscriber(SubscriberQos subscriberQos, SubscriberListener subscriberListener, Collection<Class<? extends Status>> statuses);

    /** TODO (OpenSplice addition) */
    Subscriber createSubscriber(SubscriberQos qos, SubscriberListener listener, Class<? extends Status>... statuses);

    /** TODO */
    Subscriber getBuiltinSubscriber();

    /** TODO */
    <TYPE> Topic<TYPE> createTopic(String name, Class<TYPE> type);

    /** TODO */
    <TYPE> Topic<TYPE> createTopic(String name, Class<TYPE> type, TopicQos topicQos, TopicListener<TYPE> topicListener, Collection<Class<? extends Status>> statuses);

    /** TODO (OpenSplice addition) */
    <TYPE> Topic<TYPE> createTopic(String topicName, Class<TYPE> type, TopicQos qos, TopicListener<TYPE> listener, Class<? extends Status>... statuses);

    /** TODO */
    <TYPE> Topic<TYPE> createTopic(String name, TypeSupport<TYPE> typeSupport);

    /** TODO */
    <TYPE> Topic<TYPE> createTopic(String name, TypeSupport<TYPE> typeSupport, TopicQos topicQos, TopicListener<TYPE> topicListener, Collection<Class<? extends Status>> statuses);

    /** TODO (OpenSplice addition) */
    <TYPE> Topic<TYPE> createTopic(String topicName, TypeSupport<TYPE> type, TopicQos qos, TopicListener<TYPE> listener, Class<? extends Status>... statuses);

    /** TODO */
    Topic<DynamicType> createTopic(String name, DynamicType dynamicType);

    /** TODO */
    Topic<DynamicType> createTopic(String name, DynamicType dynamicType, TopicQos topicQos, TopicListener<DynamicType> topicListener, Collection<Class<? extends Status>> statuses);

    /** TODO (OpenSplice addition) */
    Topic<DynamicType> createTopic(String topicName, DynamicType type, TopicQos qos, TopicListener<DynamicType> listener, Class<? extends Status>... statuses);

    /** TODO */
    Topic<DynamicType> createTopic(String name, DynamicType dynamicType, TypeSupport<DynamicType> typeSupport);

    /** TODO */
    Topic<DynamicType> createTopic(String name, DynamicType dynamicType, TypeSupport<DynamicType> typeSupport, TopicQos topicQos, TopicListener<DynamicType> topicListener, Collection<Class<? extends Status>> statuses);

    /** TODO (OpenSplice addition) */
    Topic<DynamicType> createTopic(String topicName, DynamicType type, TypeSupport<DynamicType> typeSupport, TopicQos qos, TopicListener<DynamicType> listener, Class<? extends Status>... statuses);

    /** TODO */
    <TYPE> Topic<TYPE> findTopic(String name, Duration duration) throws TimeoutException;

    /** TODO */
    <TYPE> Topic<TYPE> findTopic(String name, long amount, TimeUnit unit) throws TimeoutException;

    /** TODO */
    <TYPE> TopicDescription<TYPE> lookupTopicDescription(String name);

    /** TODO */
    <TYPE> ContentFilteredTopic<TYPE> createContentFilteredTopic(String name, Topic<? extends TYPE> topic, String name2, List<String> list);

    /** TODO (OpenSplice addition) */
    <TYPE> ContentFilteredTopic<TYPE> createContentFilteredTopic(String name, Topic<? extends TYPE> relatedTopic, String filterExpression, String... expressionParameters);

    /** TODO */
    <TYPE> MultiTopic<TYPE> createMultiTopic(String name, Class<TYPE> type, String name2, List<String> list);

    /** TODO */
    <TYPE> MultiTopic<TYPE> createMultiTopic(String name, TypeSupport<TYPE> typeSupport, String name2, List<String> list);

    /** TODO (OpenSplice addition) */
    <TYPE> MultiTopic<TYPE> createMultiTopic(String name, Class<TYPE> type, String subscriptionExpression, String... expressionParameters);

    /** TODO (OpenSplice addition) */
    <TYPE> MultiTopic<TYPE> createMultiTopic(String name, TypeSupport<TYPE> type, String subscriptionExpression, String... expressionParameters);

    /** TODO */
    void closeContainedEntities();

    /** TODO */
    void ignoreParticipant(InstanceHandle instanceHandle);

    /** TODO */
    void ignoreTopic(InstanceHandle instanceHandle);

    /** TODO */
    void ignorePublication(InstanceHandle instanceHandle);

    /** TODO */
    void ignoreSubscription(InstanceHandle instanceHandle);

    /** TODO */
    int getDomainId();

    /** TODO */
    void assertLiveliness();

    /** TODO */
    PublisherQos getDefaultPublisherQos();

    /** TODO */
    void setDefaultPublisherQos(PublisherQos publisherQos);

    /** TODO */
    SubscriberQos getDefaultSubscriberQos();

    /** TODO */
    void setDefaultSubscriberQos(SubscriberQos subscriberQos);

    /** TODO */
    TopicQos getDefaultTopicQos();

    /** TODO */
    void setDefaultTopicQos(TopicQos topicQos);

    /** TODO */
    Set<InstanceHandle> getDiscoveredParticipants();

    /** TODO */
    ParticipantBuiltinTopicData getDiscoveredParticipantData(InstanceHandle instanceHandle);

    /** TODO */
    Set<InstanceHandle> getDiscoveredTopics();

    /** TODO */
    TopicBuiltinTopicData getDiscoveredTopicData(InstanceHandle instanceHandle);

    /** TODO */
    boolean containsEntity(InstanceHandle instanceHandle);

    /** TODO */
    ModifiableTime getCurrentTime(ModifiableTime modifiableTime);

    /** TODO */
    Time getCurrentTime();

    /** TODO */
    StatusCondition<DomainParticipant> getStatusCondition();
}
