package io.sirocco.dcps.pub;

import io.sirocco.dcps.core.EntityIds;
import io.sirocco.dcps.core.Handles;
import io.sirocco.dcps.core.NanoDuration;
import io.sirocco.dcps.core.SiroccoServiceEnvironment;
import io.sirocco.dcps.domain.SiroccoParticipant;
import io.sirocco.dcps.entity.DeferredNotifications;
import io.sirocco.dcps.entity.EntityBase;
import io.sirocco.dcps.entity.StatusKind;
import io.sirocco.dcps.error.PreconditionFailedException;
import io.sirocco.dcps.qos.QosCopy;
import io.sirocco.dcps.qos.QosRules;
import io.sirocco.dcps.topic.SiroccoTopic;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.omg.dds.core.Duration;
import org.omg.dds.core.StatusCondition;
import org.omg.dds.core.status.Status;
import org.omg.dds.domain.DomainParticipant;
import org.omg.dds.pub.DataWriter;
import org.omg.dds.pub.DataWriterListener;
import org.omg.dds.pub.DataWriterQos;
import org.omg.dds.pub.Publisher;
import org.omg.dds.pub.PublisherListener;
import org.omg.dds.pub.PublisherQos;
import org.omg.dds.topic.Topic;
import org.omg.dds.topic.TopicQos;

/**
 * Sirocco's publisher: creates and groups data writers. While publications are suspended or a
 * coherent set is open, its writers keep their changes back and publish them together when the
 * last suspension or set ends; readers with coherent access see such a set all at once.
 */
public final class SiroccoPublisher extends EntityBase<PublisherListener, PublisherQos> implements Publisher {
    private final SiroccoParticipant participant;
    private final CopyOnWriteArrayList<SiroccoDataWriter<?>> writers = new CopyOnWriteArrayList<>();
    private volatile DataWriterQos defaultWriterQos;
    private volatile boolean holding;
    private int suspensions;
    private int coherentSets;

    public SiroccoPublisher(SiroccoServiceEnvironment environment, SiroccoParticipant participant, PublisherQos qos,
            PublisherListener listener, int mask) {
        super(environment, Handles.next(), participant.newEntityGuid(EntityIds.KIND_PUBLISHER), qos, listener, mask);
        this.participant = participant;
        this.defaultWriterQos = environment.qosDefaults().dataWriterQos();
    }

    @Override
    protected String describe() {
        return "Publisher";
    }

    public SiroccoParticipant participant() {
        return participant;
    }

    @Override
    protected boolean parentEnabled() {
        return participant.isEnabled();
    }

    @Override
    protected void onEnabled() {
        if (qos().getEntityFactory().isAutoEnableCreatedEntities()) {
            for (SiroccoDataWriter<?> writer : writers) {
                writer.enable();
            }
        }
    }

    /** Whether writers must hold their changes back (suspended, or inside a coherent set). */
    boolean isHolding() {
        return holding;
    }

    /** The writers of this publisher (a live, thread-safe view). */
    public List<SiroccoDataWriter<?>> writers() {
        return writers;
    }

    // ------------------------------------------------------------------ writers

    @Override
    public <TYPE> DataWriter<TYPE> createDataWriter(Topic<TYPE> topic) {
        return createDataWriter(topic, defaultWriterQos, null, StatusKind.ALL_MASK);
    }

    @Override
    public <TYPE> DataWriter<TYPE> createDataWriter(Topic<TYPE> topic, DataWriterQos qos,
            DataWriterListener<TYPE> listener, Collection<Class<? extends Status>> statuses) {
        return createDataWriter(topic, qos, listener, StatusKind.maskOf(statuses));
    }

    @Override
    @SafeVarargs
    public final <TYPE> DataWriter<TYPE> createDataWriter(Topic<TYPE> topic, DataWriterQos qos,
            DataWriterListener<TYPE> listener, Class<? extends Status>... statuses) {
        return createDataWriter(topic, qos, listener, StatusKind.maskOf(statuses));
    }

    @Override
    public <TYPE> DataWriter<TYPE> createDataWriter(Topic<TYPE> topic, DataWriterQos qos) {
        return createDataWriter(topic, qos, null, StatusKind.ALL_MASK);
    }

    private <TYPE> DataWriter<TYPE> createDataWriter(Topic<TYPE> topic, DataWriterQos qos,
            DataWriterListener<TYPE> listener, int mask) {
        checkOpen();
        SiroccoTopic<TYPE> own = participant.ownTopic(topic);
        DataWriterQos effective = qos == null ? defaultWriterQos : qos;
        QosRules.checkConsistent(effective);
        own.addDependent();
        SiroccoDataWriter<TYPE> writer = new SiroccoDataWriter<>(environment, this, own, effective, listener, mask);
        writers.add(writer);
        if (isEnabled() && qos().getEntityFactory().isAutoEnableCreatedEntities()) {
            try {
                writer.enable();
            } catch (RuntimeException e) {
                writer.close(); // the application never saw it
                throw e;
            }
        }
        return writer;
    }

    void writerClosed(SiroccoDataWriter<?> writer) {
        writers.remove(writer);
    }

    @Override
    @SuppressWarnings("unchecked")
    public <TYPE> DataWriter<TYPE> lookupDataWriter(String topicName) {
        checkOpen();
        for (SiroccoDataWriter<?> writer : writers) {
            if (writer.getTopic().getName().equals(topicName)) {
                return (DataWriter<TYPE>) writer;
            }
        }
        return null;
    }

    @Override
    @SuppressWarnings("unchecked")
    public <TYPE> DataWriter<TYPE> lookupDataWriter(Topic<TYPE> topic) {
        checkOpen();
        for (SiroccoDataWriter<?> writer : writers) {
            if (writer.getTopic() == topic) {
                return (DataWriter<TYPE>) writer;
            }
        }
        return null;
    }

    @Override
    public void closeContainedEntities() {
        for (SiroccoDataWriter<?> writer : writers) {
            writer.close();
        }
    }

    @Override
    public void close() {
        if (isClosed()) {
            return;
        }
        closeContainedEntities();
        if (markClosed()) {
            participant.publisherClosed(this);
        }
    }

    // ------------------------------------------------------------------ suspension and coherence

    @Override
    public void suspendPublications() {
        checkEnabled();
        synchronized (this) {
            suspensions++;
            holding = true;
        }
    }

    @Override
    public void resumePublications() {
        checkEnabled();
        synchronized (this) {
            if (suspensions == 0) {
                throw new PreconditionFailedException(environment, "resumePublications() without suspendPublications()");
            }
            suspensions--;
            holding = suspensions > 0 || coherentSets > 0;
            if (holding) {
                return;
            }
        }
        releaseAll();
    }

    @Override
    public void beginCoherentChanges() {
        checkEnabled();
        synchronized (this) {
            coherentSets++;
            holding = true;
        }
    }

    @Override
    public void endCoherentChanges() {
        checkEnabled();
        synchronized (this) {
            if (coherentSets == 0) {
                throw new PreconditionFailedException(environment, "endCoherentChanges() without beginCoherentChanges()");
            }
            coherentSets--;
            holding = suspensions > 0 || coherentSets > 0;
            if (holding) {
                return;
            }
        }
        releaseAll();
    }

    private void releaseAll() {
        for (SiroccoDataWriter<?> writer : writers) {
            writer.releasePending();
        }
        // Listeners learn of the set only when all of it, from every writer, is in the readers.
        DeferredNotifications.current().flush();
    }

    @Override
    public void waitForAcknowledgments(Duration maxWait) throws TimeoutException {
        waitForAcknowledgmentsNanos(NanoDuration.nanosOf(maxWait, "timeout"));
    }

    @Override
    public void waitForAcknowledgments(long maxWait, TimeUnit unit) throws TimeoutException {
        waitForAcknowledgmentsNanos(NanoDuration.of(environment, maxWait, unit).nanos());
    }

    private void waitForAcknowledgmentsNanos(long maxWait) throws TimeoutException {
        checkEnabled();
        long deadline = System.nanoTime() + Math.min(maxWait, Long.MAX_VALUE / 4);
        for (SiroccoDataWriter<?> writer : writers) {
            long left = Math.max(0, deadline - System.nanoTime());
            writer.waitForAcknowledgments(left, TimeUnit.NANOSECONDS);
        }
    }

    // ------------------------------------------------------------------ QoS

    @Override
    public void setQos(PublisherQos qos) {
        checkOpen();
        if (qos == null) {
            throw new IllegalArgumentException("qos must not be null");
        }
        QosRules.checkConsistent(qos);
        if (isEnabled()) {
            QosRules.checkChangeable(qos(), qos);
        }
        replaceQos(qos);
        for (SiroccoDataWriter<?> writer : writers) {
            writer.publisherQosChanged();
        }
    }

    @Override
    public void setQos(String qosLibraryName, String qosProfileName) {
        setQos(environment.defaultQosProvider().getPublisherQos(qosLibraryName + "::" + qosProfileName));
    }

    @Override
    public DataWriterQos getDefaultDataWriterQos() {
        checkOpen();
        return defaultWriterQos;
    }

    @Override
    public void setDefaultDataWriterQos(DataWriterQos qos) {
        checkOpen();
        if (qos == null) {
            throw new IllegalArgumentException("qos must not be null");
        }
        QosRules.checkConsistent(qos);
        this.defaultWriterQos = qos;
    }

    @Override
    public DataWriterQos copyFromTopicQos(DataWriterQos writerQos, TopicQos topicQos) {
        if (writerQos == null) {
            throw new IllegalArgumentException("writerQos must not be null");
        }
        if (topicQos == null) {
            throw new IllegalArgumentException("topicQos must not be null");
        }
        return QosCopy.writerFromTopic(writerQos, topicQos);
    }

    @Override
    public void dispatch(StatusKind kind) {
        // A publisher has no status of its own; its writers dispatch to its listener.
    }

    @Override
    @SuppressWarnings("unchecked")
    public StatusCondition<Publisher> getStatusCondition() {
        return (StatusCondition<Publisher>) statusConditionInternal();
    }

    @Override
    public DomainParticipant getParent() {
        return participant;
    }
}
