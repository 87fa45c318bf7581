package org.omg.dds.sub;

import java.util.Collection;
import java.util.Set;
import org.omg.dds.core.DDSObject;
import org.omg.dds.core.DomainEntity;
import org.omg.dds.core.StatusCondition;
import org.omg.dds.core.status.Status;
import org.omg.dds.domain.DomainParticipant;
import org.omg.dds.topic.TopicDescription;
import org.omg.dds.topic.TopicQos;

/** TODO */
public interface Subscriber extends DomainEntity<SubscriberListener, SubscriberQos> {

    /** TODO */
    <TYPE> DataReader<TYPE> createDataReader(TopicDescription<TYPE> topicDescription);

    /** TODO */
    <TYPE> DataReader<TYPE> createDataReader(TopicDescription<TYPE> topicDescription, DataReaderQos dataReaderQos, DataReaderListener<TYPE> dataReaderListener, Collection<Class<? extends Status>> statuses);

    /** TODO (OpenSplice addition) */
    <TYPE> DataReader<TYPE> createDataReader(TopicDescription<TYPE> topic, DataReaderQos qos, DataReaderListener<TYPE> listener, Class<? extends Status>... statuses);

    /** TODO */
    <TYPE> DataReader<TYPE> createDataReader(TopicDescription<TYPE> topicDescription, DataReaderQos dataReaderQos);

    /** TODO */
    <TYPE> DataReader<TYPE> lookupDataReader(String name);

    /** TODO */
    <TYPE> DataReader<TYPE> lookupDataReader(TopicDescription<TYPE> topicDescription);

    /** TODO */
    void closeContainedEntities();

    /** TODO */
    Collection<DataReader<?>> getDataReaders(Collection<DataReader<?>> collection);

    /** TODO */
    Collection<DataReader<?>> getDataReaders(Collection<DataReader<?>> collection, Subscriber.DataState dataState);

    /** TODO (OpenSplice addition) */
    Collection<DataReader<?>> getDataReaders();

    /** TODO (OpenSplice addition) */
    Collection<DataReader<?>> getDataReaders(Subscriber.DataState dataState);

    /** TODO */
    void notifyDataReaders();

    /** TODO */
    void beginAccess();

    /** TODO */
    void endAccess();

    /** TODO */
    DataReaderQos getDefaultDataReaderQos();

    /** TODO */
    void setDefaultDataReaderQos(DataReaderQos dataReaderQos);

    /** TODO */
    DataReaderQos copyFromTopicQos(DataReaderQos dataReaderQos, TopicQos topicQos);

    /** TODO */
    StatusCondition<Subscriber> getStatusCondition();

    /** TODO */
    DomainParticipant getParent();

    /** TODO */
    Subscriber.DataState createDataState();

    /** TODO */
    public interface DataState extends DDSObject, Cloneable {

        /** TODO */
        Set<SampleState> getSampleStates();

        /** TODO */
        Set<ViewState> getViewStates();

        /** TODO */
        Set<InstanceState> getInstanceStates();

        /** TODO */
        Subscriber.DataState with(SampleState sampleState);

        /** TODO */
        Subscriber.DataState with(ViewState viewState);

        /** TODO */
        Subscriber.DataState with(InstanceState instanceState);

        /** TODO */
        Subscriber.DataState withAnySampleState();

        /** TODO */
        Subscriber.DataState withAnyViewState();

        /** TODO */
        Subscriber.DataState withAnyInstanceState();

        /** TODO */
        Subscriber.DataState withNotAliveInstanceStates();

        /** TODO */
        Subscriber.DataState clone();

        /** TODO */
        boolean equals(Object object);

        /** TODO */
        int hashCode();
    }
}
