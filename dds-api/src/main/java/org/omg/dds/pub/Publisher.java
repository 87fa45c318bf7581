package org.omg.dds.pub;

import java.util.Collection;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.omg.dds.core.DomainEntity;
import org.omg.dds.core.Duration;
import org.omg.dds.core.StatusCondition;
import org.omg.dds.core.status.Status;
import org.omg.dds.domain.DomainParticipant;
import org.omg.dds.topic.Topic;
import org.omg.dds.topic.TopicQos;

/** TODO */
public interface Publisher extends DomainEntity<PublisherListener, PublisherQos> {

    /** TODO */
    <TYPE> DataWriter<TYPE> createDataWriter(Topic<TYPE> topic);

    /** TODO */
    <TYPE> DataWriter<TYPE> createDataWriter(Topic<TYPE> topic, DataWriterQos dataWriterQos, DataWriterListener<TYPE> dataWriterListener, Collection<Class<? extends Status>> statuses);

    /** TODO (OpenSplice addition) */
    <TYPE> DataWriter<TYPE> createDataWriter(Topic<TYPE> topic, DataWriterQos qos, DataWriterListener<TYPE> listener, Class<? extends Status>... statuses);

    /** TODO */
    <TYPE> DataWriter<TYPE> createDataWriter(Topic<TYPE> topic, DataWriterQos dataWriterQos);

    /** TODO */
    <TYPE> DataWriter<TYPE> lookupDataWriter(String name);

    /** TODO */
    <TYPE> DataWriter<TYPE> lookupDataWriter(Topic<TYPE> topic);

    /** TODO */
    void closeContainedEntities();

    /** TODO */
    void suspendPublications();

    /** TODO */
    void resumePublications();

    /** TODO */
    void beginCoherentChanges();

    /** TODO */
    void endCoherentChanges();

    /** TODO */
    void waitForAcknowledgments(Duration duration) throws TimeoutException;

    /** TODO */
    void waitForAcknowledgments(long amount, TimeUnit unit) throws TimeoutException;

    /** TODO */
    DataWriterQos getDefaultDataWriterQos();

    /** TODO */
    void setDefaultDataWriterQos(DataWriterQos dataWriterQos);

    /** TODO */
    DataWriterQos copyFromTopicQos(DataWriterQos dataWriterQos, TopicQos topicQos);

    /** TODO */
    StatusCondition<Publisher> getStatusCondition();

    /** TODO */
    DomainParticipant getParent();
}
