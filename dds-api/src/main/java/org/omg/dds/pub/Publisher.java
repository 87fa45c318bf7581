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

/**
 * The entity that creates and owns data writers and applies group-level QoS to them: the partitions
 * they publish in and, through the Presentation policy, coherent and ordered sets of changes across
 * writers.
 *
 * <p>{@link #close()} also closes the publisher's writers; {@link #closeContainedEntities()} closes
 * only them.
 */
public interface Publisher extends DomainEntity<PublisherListener, PublisherQos> {

    /**
     * Creates a writer for the topic with this publisher's default writer QoS, no listener and no
     * statuses enabled for listening.
     *
     * @see #getDefaultDataWriterQos()
     */
    <TYPE> DataWriter<TYPE> createDataWriter(Topic<TYPE> topic);

    /**
     * Creates a writer for the topic with the given QoS, attaching a listener for the given status
     * kinds. The writer is enabled at once if this publisher's EntityFactory QoS says so.
     *
     * @param topic the topic to publish on; it must belong to the same participant
     * @param qos the writer QoS, often obtained from
     *        {@link #copyFromTopicQos(DataWriterQos, TopicQos)}
     * @param listener the listener to attach, or {@code null} for none
     * @param statuses the status kinds the listener is notified of
     * @throws org.omg.dds.core.InconsistentPolicyException if the QoS policies conflict with each
     *        other
     */
    <TYPE> DataWriter<TYPE> createDataWriter(Topic<TYPE> topic, DataWriterQos qos,
            DataWriterListener<TYPE> listener, Collection<Class<? extends Status>> statuses);

    /**
     * Varargs form of
     * {@link #createDataWriter(Topic, DataWriterQos, DataWriterListener, Collection)}, kept for
     * source compatibility with OpenSplice's Java 5 API.
     */
    <TYPE> DataWriter<TYPE> createDataWriter(Topic<TYPE> topic, DataWriterQos qos,
            DataWriterListener<TYPE> listener, Class<? extends Status>... statuses);

    /**
     * Creates a writer for the topic with the given QoS and no listener.
     *
     * @throws org.omg.dds.core.InconsistentPolicyException if the QoS policies conflict with each
     *        other
     */
    <TYPE> DataWriter<TYPE> createDataWriter(Topic<TYPE> topic, DataWriterQos qos);

    /**
     * Returns a writer of this publisher that publishes on the topic of the given name; if there
     * are several, which one is unspecified.
     *
     * @return the writer, or {@code null} if there is none
     */
    <TYPE> DataWriter<TYPE> lookupDataWriter(String topicName);

    /**
     * Returns a writer of this publisher that publishes on the given topic; if there are several,
     * which one is unspecified.
     *
     * @return the writer, or {@code null} if there is none
     */
    <TYPE> DataWriter<TYPE> lookupDataWriter(Topic<TYPE> topic);

    /** Closes every data writer of this publisher; the publisher itself stays open. */
    void closeContainedEntities();

    /**
     * Tells the middleware that a batch of writes follows, so that it may hold back sending until
     * {@link #resumePublications()} in order to send more efficiently. Calls can be nested.
     */
    void suspendPublications();

    /**
     * Ends a matching {@link #suspendPublications()}; when the outermost one ends, held-back data
     * is sent.
     *
     * @throws org.omg.dds.core.PreconditionNotMetException if publications are not suspended
     */
    void resumePublications();

    /**
     * Starts a coherent set: readers whose subscriber uses a coherent Presentation QoS receive the
     * changes made by this publisher's writers until {@link #endCoherentChanges()} all together or
     * not at all. Calls can be nested.
     */
    void beginCoherentChanges();

    /**
     * Ends the coherent set started by the matching {@link #beginCoherentChanges()}.
     *
     * @throws org.omg.dds.core.PreconditionNotMetException if no coherent set is open
     */
    void endCoherentChanges();

    /**
     * Blocks until every sample written so far by the reliable writers of this publisher has been
     * acknowledged by all their matched reliable readers, or until the timeout expires.
     *
     * @throws TimeoutException if some samples were still unacknowledged when the timeout expired
     */
    void waitForAcknowledgments(Duration timeout) throws TimeoutException;

    /**
     * Like {@link #waitForAcknowledgments(Duration)}, with the timeout given as an amount of a time
     * unit.
     *
     * @throws TimeoutException if some samples were still unacknowledged when the timeout expired
     */
    void waitForAcknowledgments(long timeout, TimeUnit unit) throws TimeoutException;

    /** Returns a copy of the QoS given to writers created without an explicit QoS. */
    DataWriterQos getDefaultDataWriterQos();

    /**
     * Sets the QoS given to writers created later without an explicit QoS; existing writers are not
     * affected.
     *
     * @throws org.omg.dds.core.InconsistentPolicyException if the policies conflict with each other
     */
    void setDefaultDataWriterQos(DataWriterQos qos);

    /**
     * Returns a copy of {@code writerQos} in which every policy that also exists in a topic QoS is
     * replaced by the one in {@code topicQos}. This is the usual way to make a writer follow its
     * topic's QoS.
     *
     * @return the merged QoS; the arguments are not modified
     */
    DataWriterQos copyFromTopicQos(DataWriterQos writerQos, TopicQos topicQos);

    /** Returns the status condition of this publisher, for use in a wait set. */
    StatusCondition<Publisher> getStatusCondition();

    /** Returns the participant that created this publisher. */
    DomainParticipant getParent();
}
