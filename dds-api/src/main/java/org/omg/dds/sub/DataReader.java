package org.omg.dds.sub;

import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.omg.dds.core.DDSObject;
import org.omg.dds.core.DomainEntity;
import org.omg.dds.core.Duration;
import org.omg.dds.core.InstanceHandle;
import org.omg.dds.core.ModifiableInstanceHandle;
import org.omg.dds.core.StatusCondition;
import org.omg.dds.core.status.LivelinessChangedStatus;
import org.omg.dds.core.status.RequestedDeadlineMissedStatus;
import org.omg.dds.core.status.RequestedIncompatibleQosStatus;
import org.omg.dds.core.status.SampleLostStatus;
import org.omg.dds.core.status.SampleRejectedStatus;
import org.omg.dds.core.status.SubscriptionMatchedStatus;
import org.omg.dds.topic.PublicationBuiltinTopicData;
import org.omg.dds.topic.TopicDescription;

/** TODO */
public interface DataReader<TYPE> extends DomainEntity<DataReaderListener<TYPE>, DataReaderQos> {

    /** TODO */
    <OTHER> DataReader<OTHER> cast();

    /** TODO */
    ReadCondition<TYPE> createReadCondition(Subscriber.DataState dataState);

    /** TODO */
    QueryCondition<TYPE> createQueryCondition(String name, List<String> list);

    /** TODO */
    QueryCondition<TYPE> createQueryCondition(Subscriber.DataState dataState, String name, List<String> list);

    /** TODO (OpenSplice addition) */
    QueryCondition<TYPE> createQueryCondition(String queryExpression, String... queryParameters);

    /** TODO (OpenSplice addition) */
    QueryCondition<TYPE> createQueryCondition(Subscriber.DataState states, String queryExpression, String... queryParameters);

    /** TODO */
    void closeContainedEntities();

    /** TODO */
    TopicDescription<TYPE> getTopicDescription();

    /** TODO */
    SampleRejectedStatus getSampleRejectedStatus();

    /** TODO */
    LivelinessChangedStatus getLivelinessChangedStatus();

    /** TODO */
    RequestedDeadlineMissedStatus getRequestedDeadlineMissedStatus();

    /** TODO */
    RequestedIncompatibleQosStatus getRequestedIncompatibleQosStatus();

    /** TODO */
    SubscriptionMatchedStatus getSubscriptionMatchedStatus();

    /** TODO */
    SampleLostStatus getSampleLostStatus();

    /** TODO */
    void waitForHistoricalData(Duration duration) throws TimeoutException;

    /** TODO */
    void waitForHistoricalData(long amount, TimeUnit unit) throws TimeoutException;

    /** TODO */
    Set<InstanceHandle> getMatchedPublications();

    /** TODO */
    PublicationBuiltinTopicData getMatchedPublicationData(InstanceHandle instanceHandle);

    /** TODO */
    Sample.Iterator<TYPE> read();

    /** TODO */
    Sample.Iterator<TYPE> read(DataReader.Selector<TYPE> selector);

    /** TODO */
    Sample.Iterator<TYPE> read(int value);

    /** TODO */
    List<Sample<TYPE>> read(List<Sample<TYPE>> list);

    /** TODO */
    List<Sample<TYPE>> read(List<Sample<TYPE>> list, DataReader.Selector<TYPE> selector);

    /** TODO */
    Sample.Iterator<TYPE> take();

    /** TODO */
    Sample.Iterator<TYPE> take(int value);

    /** TODO */
    Sample.Iterator<TYPE> take(DataReader.Selector<TYPE> selector);

    /** TODO */
    List<Sample<TYPE>> take(List<Sample<TYPE>> list);

    /** TODO */
    List<Sample<TYPE>> take(List<Sample<TYPE>> list, DataReader.Selector<TYPE> selector);

    /** TODO */
    boolean readNextSample(Sample<TYPE> sample);

    /** TODO */
    boolean takeNextSample(Sample<TYPE> sample);

    /** TODO */
    TYPE getKeyValue(TYPE type, InstanceHandle instanceHandle);

    /** TODO (OpenSplice addition) */
    TYPE getKeyValue(InstanceHandle handle);

    /** TODO */
    ModifiableInstanceHandle lookupInstance(ModifiableInstanceHandle modifiableInstanceHandle, TYPE type);

    /** TODO */
    InstanceHandle lookupInstance(TYPE type);

    /** TODO */
    StatusCondition<DataReader<TYPE>> getStatusCondition();

    /** TODO */
    Subscriber getParent();

    /** TODO */
    DataReader.Selector<TYPE> select();

    /** TODO */
    public interface Selector<T> extends DDSObject {

        /** TODO */
        DataReader.Selector<T> instance(InstanceHandle instanceHandle);

        /** TODO */
        DataReader.Selector<T> nextInstance(boolean value);

        /** TODO */
        DataReader.Selector<T> dataState(Subscriber.DataState dataState);

        /** TODO */
        DataReader.Selector<T> Content(String name, List<String> list);

    /** TODO (OpenSplice addition) */
    DataReader.Selector<T> Content(String queryExpression, String... queryParameters);

        /** TODO */
        DataReader.Selector<T> maxSamples(int value);

        /** TODO */
        InstanceHandle getInstance();

        /** TODO */
        boolean retrieveNextInstance();

        /** TODO */
        Subscriber.DataState getDataState();

        /** TODO */
        String getQueryExpression();

        /** TODO */
        List<String> getQueryParameters();

        /** TODO */
        int getMaxSamples();

        /** TODO */
        ReadCondition<T> getCondition();

        /** TODO */
        Sample.Iterator<T> read();

        /** TODO */
        List<Sample<T>> read(List<Sample<T>> list);

        /** TODO */
        Sample.Iterator<T> take();

        /** TODO */
        List<Sample<T>> take(List<Sample<T>> list);
    }
}
