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

/**
 * The entity that creates and owns data readers and applies group-level QoS to them: the partitions
 * they receive from and, through the Presentation policy, how coherent and ordered changes are
 * presented. It also gives group-level access to its readers ({@link #beginAccess()},
 * {@link #getDataReaders(Collection)}).
 *
 * <p>{@link #close()} also closes the subscriber's readers (it fails with a
 * {@link org.omg.dds.core.PreconditionNotMetException} while one of them has samples on loan);
 * {@link #closeContainedEntities()} closes only them.
 */
public interface Subscriber extends DomainEntity<SubscriberListener, SubscriberQos> {

    /**
     * Creates a reader for the topic description with this subscriber's default reader QoS, no
     * listener and no statuses enabled for listening.
     *
     * @see #getDefaultDataReaderQos()
     */
    <TYPE> DataReader<TYPE> createDataReader(TopicDescription<TYPE> topicDescription);

    /**
     * Creates a reader for a topic, content-filtered topic or multi-topic with the given QoS,
     * attaching a listener for the given status kinds. The reader is enabled at once if this
     * subscriber's EntityFactory QoS says so.
     *
     * @param topicDescription what to read; it must belong to the same participant
     * @param qos the reader QoS, often obtained from
     *        {@link #copyFromTopicQos(DataReaderQos, TopicQos)}
     * @param listener the listener to attach, or {@code null} for none
     * @param statuses the status kinds the listener is notified of
     * @throws org.omg.dds.core.InconsistentPolicyException if the QoS policies conflict with each
     *        other
     */
    <TYPE> DataReader<TYPE> createDataReader(TopicDescription<TYPE> topicDescription, DataReaderQos qos,
            DataReaderListener<TYPE> listener, Collection<Class<? extends Status>> statuses);

    /**
     * Varargs form of
     * {@link #createDataReader(TopicDescription, DataReaderQos, DataReaderListener, Collection)},
     * kept for source compatibility with OpenSplice's Java 5 API.
     */
    <TYPE> DataReader<TYPE> createDataReader(TopicDescription<TYPE> topicDescription, DataReaderQos qos,
            DataReaderListener<TYPE> listener, Class<? extends Status>... statuses);

    /**
     * Creates a reader for the topic description with the given QoS and no listener.
     *
     * @throws org.omg.dds.core.InconsistentPolicyException if the QoS policies conflict with each
     *        other
     */
    <TYPE> DataReader<TYPE> createDataReader(TopicDescription<TYPE> topicDescription, DataReaderQos qos);

    /**
     * Returns a reader of this subscriber that reads the topic description of the given name; if
     * there are several, which one is unspecified.
     *
     * @return the reader, or {@code null} if there is none
     */
    <TYPE> DataReader<TYPE> lookupDataReader(String topicName);

    /**
     * Returns a reader of this subscriber that reads the given topic description; if there are
     * several, which one is unspecified.
     *
     * @return the reader, or {@code null} if there is none
     */
    <TYPE> DataReader<TYPE> lookupDataReader(TopicDescription<TYPE> topicDescription);

    /**
     * Closes every data reader of this subscriber, together with their read conditions; the
     * subscriber itself stays open.
     *
     * @throws org.omg.dds.core.PreconditionNotMetException if a reader still has samples on loan
     */
    void closeContainedEntities();

    /**
     * Collects the readers of this subscriber that hold samples, in any state. When the
     * Presentation QoS asks for ordered access with {@code GROUP} scope, a reader can appear
     * several times, in the order in which its samples should be read.
     *
     * @param readers the collection to store the readers in
     * @return {@code readers}
     */
    Collection<DataReader<?>> getDataReaders(Collection<DataReader<?>> readers);

    /**
     * Collects the readers of this subscriber that hold samples whose states are in
     * {@code dataState}.
     *
     * @param readers the collection to store the readers in
     * @return {@code readers}
     * @see #getDataReaders(Collection)
     */
    Collection<DataReader<?>> getDataReaders(Collection<DataReader<?>> readers,
            Subscriber.DataState dataState);

    /**
     * Returns a new collection of the readers that {@link #getDataReaders(Collection)} would
     * collect. Kept for source compatibility with OpenSplice's Java 5 API.
     */
    Collection<DataReader<?>> getDataReaders();

    /**
     * Returns a new collection of the readers that
     * {@link #getDataReaders(Collection, Subscriber.DataState)} would collect. Kept for source
     * compatibility with OpenSplice's Java 5 API.
     */
    Collection<DataReader<?>> getDataReaders(Subscriber.DataState dataState);

    /**
     * Calls the data-available callback of the listener of every reader of this subscriber that has
     * new data. It is typically called from
     * {@link SubscriberListener#onDataOnReaders(org.omg.dds.core.event.DataOnReadersEvent)}, which
     * otherwise suppresses those callbacks.
     */
    void notifyDataReaders();

    /**
     * Tells the middleware that the application is about to access several readers of this
     * subscriber, so that, with a {@code GROUP} Presentation access scope, it presents coherent
     * sets and ordering across readers until {@link #endAccess()}. Calls can be nested.
     */
    void beginAccess();

    /**
     * Ends the access started by the matching {@link #beginAccess()}.
     *
     * @throws org.omg.dds.core.PreconditionNotMetException if there is no matching call to
     *        {@link #beginAccess()}
     */
    void endAccess();

    /** Returns a copy of the QoS given to readers created without an explicit QoS. */
    DataReaderQos getDefaultDataReaderQos();

    /**
     * Sets the QoS given to readers created later without an explicit QoS; existing readers are not
     * affected.
     *
     * @throws org.omg.dds.core.InconsistentPolicyException if the policies conflict with each other
     */
    void setDefaultDataReaderQos(DataReaderQos qos);

    /**
     * Returns a copy of {@code readerQos} in which every policy that also exists in a topic QoS is
     * replaced by the one in {@code topicQos}. This is the usual way to make a reader follow its
     * topic's QoS.
     *
     * @return the merged QoS; the arguments are not modified
     */
    DataReaderQos copyFromTopicQos(DataReaderQos readerQos, TopicQos topicQos);

    /** Returns the status condition of this subscriber, for use in a wait set. */
    StatusCondition<Subscriber> getStatusCondition();

    /** Returns the participant that created this subscriber. */
    DomainParticipant getParent();

    /** Returns a new, empty data state, to be filled in with its {@code with...} methods. */
    Subscriber.DataState createDataState();

    /**
     * A set of sample, view and instance states used to choose samples: a sample matches when each
     * of its three states is in the corresponding set. It is used by reads and takes, read
     * conditions and {@link Subscriber#getDataReaders(Collection, Subscriber.DataState)}. The
     * {@code with...} methods add states and return this data state, so that calls can be chained.
     */
    public interface DataState extends DDSObject, Cloneable {

        /** Returns the sample states this data state accepts. */
        Set<SampleState> getSampleStates();

        /** Returns the view states this data state accepts. */
        Set<ViewState> getViewStates();

        /** Returns the instance states this data state accepts. */
        Set<InstanceState> getInstanceStates();

        /** Adds a sample state to those accepted. */
        Subscriber.DataState with(SampleState sampleState);

        /** Adds a view state to those accepted. */
        Subscriber.DataState with(ViewState viewState);

        /** Adds an instance state to those accepted. */
        Subscriber.DataState with(InstanceState instanceState);

        /** Accepts every sample state. */
        Subscriber.DataState withAnySampleState();

        /** Accepts every view state. */
        Subscriber.DataState withAnyViewState();

        /** Accepts every instance state. */
        Subscriber.DataState withAnyInstanceState();

        /**
         * Adds both not-alive instance states, {@link InstanceState#NOT_ALIVE_DISPOSED} and
         * {@link InstanceState#NOT_ALIVE_NO_WRITERS}.
         */
        Subscriber.DataState withNotAliveInstanceStates();

        /** Returns an independent copy of this data state. */
        Subscriber.DataState clone();

        /** Tells whether {@code other} is a data state accepting exactly the same states. */
        boolean equals(Object other);

        /** Returns a hash code consistent with {@link #equals(Object)}. */
        int hashCode();
    }
}
