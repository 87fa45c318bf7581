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

/**
 * The entity through which an application receives the samples of one topic description (a topic,
 * content-filtered topic or multi-topic). Received samples are kept in the reader's cache,
 * organised by instance, until the application accesses them.
 *
 * <p>The application either reads samples, which leaves them in the cache marked
 * {@link SampleState#READ}, or takes them, which removes them. Each sample has a sample, view and
 * instance state; reads and takes can be restricted to samples in given states, of a given instance
 * or with matching content, through a {@link Subscriber.DataState}, a {@link Selector} or a
 * {@link ReadCondition}.
 *
 * @param <TYPE> the type of the samples read
 */
public interface DataReader<TYPE> extends DomainEntity<DataReaderListener<TYPE>, DataReaderQos> {

    /**
     * Returns this reader with a different type argument. This is an unchecked cast, useful when
     * the data type is only known at run time.
     */
    <OTHER> DataReader<OTHER> cast();

    /**
     * Creates a read condition that is triggered while this reader holds samples whose states are
     * all in {@code dataState}.
     *
     * @param dataState the sample, view and instance states to look for
     */
    ReadCondition<TYPE> createReadCondition(Subscriber.DataState dataState);

    /**
     * Creates a query condition that is triggered while this reader holds samples, in any state,
     * whose content matches the query.
     *
     * @param queryExpression an SQL-like condition on the data fields (the syntax of a
     *        {@code WHERE} clause); {@code %n} stands for the n-th (zero-based) query parameter
     * @param queryParameters the values of the {@code %n} placeholders
     * @throws IllegalArgumentException if the expression is malformed or refers to unknown fields
     */
    QueryCondition<TYPE> createQueryCondition(String queryExpression, List<String> queryParameters);

    /**
     * Creates a query condition that is triggered while this reader holds samples whose states are
     * in {@code dataState} and whose content matches the query.
     *
     * @param dataState the sample, view and instance states to look for
     * @param queryExpression an SQL-like condition on the data fields (the syntax of a
     *        {@code WHERE} clause); {@code %n} stands for the n-th (zero-based) query parameter
     * @param queryParameters the values of the {@code %n} placeholders
     * @throws IllegalArgumentException if the expression is malformed or refers to unknown fields
     */
    QueryCondition<TYPE> createQueryCondition(Subscriber.DataState dataState, String queryExpression,
            List<String> queryParameters);

    /**
     * Varargs form of {@link #createQueryCondition(String, List)}, kept for source compatibility
     * with OpenSplice's Java 5 API.
     */
    QueryCondition<TYPE> createQueryCondition(String queryExpression, String... queryParameters);

    /**
     * Varargs form of {@link #createQueryCondition(Subscriber.DataState, String, List)}, kept for
     * source compatibility with OpenSplice's Java 5 API.
     */
    QueryCondition<TYPE> createQueryCondition(Subscriber.DataState dataState, String queryExpression,
            String... queryParameters);

    /**
     * Closes every read condition and query condition created by this reader; the reader itself
     * stays open.
     */
    void closeContainedEntities();

    /** Returns the topic, content-filtered topic or multi-topic this reader reads. */
    TopicDescription<TYPE> getTopicDescription();

    /** Returns the sample-rejected status and resets its change counter. */
    SampleRejectedStatus getSampleRejectedStatus();

    /** Returns the liveliness-changed status and resets its change counters. */
    LivelinessChangedStatus getLivelinessChangedStatus();

    /** Returns the requested-deadline-missed status and resets its change counter. */
    RequestedDeadlineMissedStatus getRequestedDeadlineMissedStatus();

    /** Returns the requested-incompatible-QoS status and resets its change counter. */
    RequestedIncompatibleQosStatus getRequestedIncompatibleQosStatus();

    /** Returns the subscription-matched status and resets its change counters. */
    SubscriptionMatchedStatus getSubscriptionMatchedStatus();

    /** Returns the sample-lost status and resets its change counter. */
    SampleLostStatus getSampleLostStatus();

    /**
     * Blocks until this reader has received the historical data that matched writers (or the
     * durability service) keep for late joiners, or until the timeout expires. It returns at once
     * for a reader with {@code VOLATILE} durability.
     *
     * @throws TimeoutException if not all historical data had arrived when the timeout expired
     */
    void waitForHistoricalData(Duration timeout) throws TimeoutException;

    /**
     * Like {@link #waitForHistoricalData(Duration)}, with the timeout given as an amount of a time
     * unit.
     *
     * @throws TimeoutException if not all historical data had arrived when the timeout expired
     */
    void waitForHistoricalData(long timeout, TimeUnit unit) throws TimeoutException;

    /** Returns the handles of the data writers currently matched with this reader, excluding ignored ones. */
    Set<InstanceHandle> getMatchedPublications();

    /**
     * Returns the {@code DCPSPublication} built-in data of a writer matched with this reader.
     *
     * @param publicationHandle a handle returned by {@link #getMatchedPublications()}
     * @throws org.omg.dds.core.PreconditionNotMetException if the handle does not denote a
     *        currently matched writer
     */
    PublicationBuiltinTopicData getMatchedPublicationData(InstanceHandle publicationHandle);

    /**
     * Reads all samples available in the cache, in any state, leaving them there marked as read.
     * The returned iterator holds the samples on loan from the reader; close it as soon as they
     * have been used.
     */
    Sample.Iterator<TYPE> read();

    /**
     * Reads the samples chosen by {@code selector}, leaving them in the cache marked as read. The
     * returned iterator holds the samples on loan from the reader; close it as soon as they have
     * been used.
     */
    Sample.Iterator<TYPE> read(DataReader.Selector<TYPE> selector);

    /**
     * Reads at most {@code maxSamples} samples, in any state, leaving them in the cache marked as
     * read. The returned iterator holds the samples on loan from the reader; close it as soon as
     * they have been used.
     *
     * @param maxSamples the largest number of samples to return, or
     *        {@link org.omg.dds.core.policy.ResourceLimits#LENGTH_UNLIMITED}
     */
    Sample.Iterator<TYPE> read(int maxSamples);

    /**
     * Reads all samples available in the cache, in any state, leaving them there marked as read.
     * The samples are copied into {@code samples}, replacing its previous contents, so no loan is
     * involved.
     *
     * @return {@code samples}
     */
    List<Sample<TYPE>> read(List<Sample<TYPE>> samples);

    /**
     * Reads the samples chosen by {@code selector}, leaving them in the cache marked as read. The
     * samples are copied into {@code samples}, replacing its previous contents, so no loan is
     * involved.
     *
     * @return {@code samples}
     */
    List<Sample<TYPE>> read(List<Sample<TYPE>> samples, DataReader.Selector<TYPE> selector);

    /**
     * Takes all samples available in the cache, in any state, removing them from it. The returned
     * iterator holds the samples on loan from the reader; close it as soon as they have been used.
     */
    Sample.Iterator<TYPE> take();

    /**
     * Takes at most {@code maxSamples} samples, in any state, removing them from the cache. The
     * returned iterator holds the samples on loan from the reader; close it as soon as they have
     * been used.
     *
     * @param maxSamples the largest number of samples to return, or
     *        {@link org.omg.dds.core.policy.ResourceLimits#LENGTH_UNLIMITED}
     */
    Sample.Iterator<TYPE> take(int maxSamples);

    /**
     * Takes the samples chosen by {@code selector}, removing them from the cache. The returned
     * iterator holds the samples on loan from the reader; close it as soon as they have been used.
     */
    Sample.Iterator<TYPE> take(DataReader.Selector<TYPE> selector);

    /**
     * Takes all samples available in the cache, in any state, removing them from it. The samples
     * are copied into {@code samples}, replacing its previous contents, so no loan is involved.
     *
     * @return {@code samples}
     */
    List<Sample<TYPE>> take(List<Sample<TYPE>> samples);

    /**
     * Takes the samples chosen by {@code selector}, removing them from the cache. The samples are
     * copied into {@code samples}, replacing its previous contents, so no loan is involved.
     *
     * @return {@code samples}
     */
    List<Sample<TYPE>> take(List<Sample<TYPE>> samples, DataReader.Selector<TYPE> selector);

    /**
     * Copies the next sample not read before, of any instance, into {@code sample} and marks it as
     * read.
     *
     * @return {@code true} if there was such a sample, {@code false} if {@code sample} was left
     *        untouched
     */
    boolean readNextSample(Sample<TYPE> sample);

    /**
     * Copies the next sample not read before, of any instance, into {@code sample} and removes it
     * from the cache.
     *
     * @return {@code true} if there was such a sample, {@code false} if {@code sample} was left
     *        untouched
     */
    boolean takeNextSample(Sample<TYPE> sample);

    /**
     * Copies the key of the instance with the given handle into the key fields of
     * {@code keyHolder}; its other fields are left alone.
     *
     * @return {@code keyHolder}
     * @throws IllegalArgumentException if the handle does not denote an instance known to this
     *        reader
     */
    TYPE getKeyValue(TYPE keyHolder, InstanceHandle handle);

    /**
     * Returns a new sample whose key fields hold the key of the instance with the given handle.
     * Kept for source compatibility with OpenSplice's Java 5 API; it is equivalent to
     * {@link #getKeyValue(Object, InstanceHandle)} with a fresh key holder.
     *
     * @throws IllegalArgumentException if the handle does not denote an instance known to this
     *        reader
     */
    TYPE getKeyValue(InstanceHandle handle);

    /**
     * Stores in {@code handle} the handle of the instance whose key is that of {@code keyHolder},
     * or a nil handle if this reader does not know that instance.
     *
     * @return {@code handle}
     */
    ModifiableInstanceHandle lookupInstance(ModifiableInstanceHandle handle, TYPE keyHolder);

    /**
     * Returns the handle of the instance whose key is that of {@code keyHolder}, or a nil handle if
     * this reader does not know that instance.
     */
    InstanceHandle lookupInstance(TYPE keyHolder);

    /** Returns the status condition of this reader, for use in a wait set. */
    StatusCondition<DataReader<TYPE>> getStatusCondition();

    /** Returns the subscriber that created this reader. */
    Subscriber getParent();

    /**
     * Returns a new selector for this reader that chooses every sample (any instance, any state, no
     * content filter, no size limit), to be narrowed by chaining its methods and then used to read
     * or take.
     */
    DataReader.Selector<TYPE> select();

    /**
     * Describes which samples a read or take returns: those of one instance or of the instance
     * following it, in given states, matching a content query, up to a maximum number. The setting
     * methods return the selector so that calls can be chained, for example
     * {@code reader.select().dataState(state).maxSamples(10).take()}.
     *
     * @param <T> the type of the samples of the reader
     */
    public interface Selector<T> extends DDSObject {

        /** Restricts the selection to the instance with the given handle; a nil handle means any instance. */
        DataReader.Selector<T> instance(InstanceHandle handle);

        /**
         * Chooses whether the selection concerns the instance set by
         * {@link #instance(InstanceHandle)} or the one that follows it in the reader's ordering of
         * instances. Starting from a nil handle and moving on with each returned handle, an
         * application can visit the instances one at a time.
         *
         * @param retrieveNextInstance {@code true} to select the instance after the given one
         */
        DataReader.Selector<T> nextInstance(boolean retrieveNextInstance);

        /** Restricts the selection to samples whose states are all in {@code dataState}. */
        DataReader.Selector<T> dataState(Subscriber.DataState dataState);

        /**
         * Restricts the selection to samples whose content matches the query.
         *
         * @param queryExpression an SQL-like condition on the data fields (the syntax of a
         *        {@code WHERE} clause); {@code %n} stands for the n-th (zero-based) query parameter
         * @param queryParameters the values of the {@code %n} placeholders
         * @throws IllegalArgumentException if the expression is malformed or refers to unknown
         *        fields
         */
        DataReader.Selector<T> Content(String queryExpression, List<String> queryParameters);

        /**
         * Varargs form of {@link #Content(String, List)}, kept for source compatibility with
         * OpenSplice's Java 5 API.
         */
        DataReader.Selector<T> Content(String queryExpression, String... queryParameters);

        /**
         * Limits the number of samples returned by one read or take.
         *
         * @param maxSamples the largest number of samples to return, or
         *        {@link org.omg.dds.core.policy.ResourceLimits#LENGTH_UNLIMITED}
         */
        DataReader.Selector<T> maxSamples(int maxSamples);

        /** Returns the instance handle set by {@link #instance(InstanceHandle)}; nil means any instance. */
        InstanceHandle getInstance();

        /**
         * Tells whether the selection concerns the instance following the one set, see
         * {@link #nextInstance(boolean)}.
         */
        boolean retrieveNextInstance();

        /** Returns the states samples must be in to be selected. */
        Subscriber.DataState getDataState();

        /** Returns the content query, or {@code null} if the selection does not filter on content. */
        String getQueryExpression();

        /** Returns the values of the {@code %n} placeholders of the content query. */
        List<String> getQueryParameters();

        /**
         * Returns the largest number of samples one read or take returns, or
         * {@link org.omg.dds.core.policy.ResourceLimits#LENGTH_UNLIMITED}.
         */
        int getMaxSamples();

        /**
         * Returns the read condition (a query condition when the selection filters on content) that
         * expresses the state and content criteria of this selector.
         */
        ReadCondition<T> getCondition();

        /**
         * Reads the selected samples from the reader that created this selector. The returned
         * iterator holds them on loan; close it as soon as they have been used.
         */
        Sample.Iterator<T> read();

        /**
         * Reads the selected samples from the reader that created this selector, copying them into
         * {@code samples} in place of its previous contents.
         *
         * @return {@code samples}
         */
        List<Sample<T>> read(List<Sample<T>> samples);

        /**
         * Takes the selected samples from the reader that created this selector. The returned
         * iterator holds them on loan; close it as soon as they have been used.
         */
        Sample.Iterator<T> take();

        /**
         * Takes the selected samples from the reader that created this selector, copying them into
         * {@code samples} in place of its previous contents.
         *
         * @return {@code samples}
         */
        List<Sample<T>> take(List<Sample<T>> samples);
    }
}
