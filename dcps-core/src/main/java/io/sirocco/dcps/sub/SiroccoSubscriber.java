package io.sirocco.dcps.sub;

import io.sirocco.dcps.core.Handles;
import io.sirocco.dcps.core.SiroccoServiceEnvironment;
import io.sirocco.dcps.domain.SiroccoParticipant;
import io.sirocco.dcps.entity.EntityBase;
import io.sirocco.dcps.entity.ListenerCalls;
import io.sirocco.dcps.entity.StatusKind;
import io.sirocco.dcps.error.PreconditionFailedException;
import io.sirocco.dcps.qos.QosCopy;
import io.sirocco.dcps.qos.QosRules;
import io.sirocco.dcps.status.DataAvailableNotice;
import io.sirocco.dcps.status.DataAvailableSnapshot;
import io.sirocco.dcps.status.DataOnReadersNotice;
import io.sirocco.dcps.status.DataOnReadersSnapshot;
import io.sirocco.dcps.topic.TopicView;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.omg.dds.core.StatusCondition;
import org.omg.dds.core.status.Status;
import org.omg.dds.domain.DomainParticipant;
import org.omg.dds.sub.DataReader;
import org.omg.dds.sub.DataReaderListener;
import org.omg.dds.sub.DataReaderQos;
import org.omg.dds.sub.Subscriber;
import org.omg.dds.sub.SubscriberListener;
import org.omg.dds.sub.SubscriberQos;
import org.omg.dds.topic.TopicDescription;
import org.omg.dds.topic.TopicQos;

/** Sirocco's subscriber: creates and groups data readers and owns the DATA_ON_READERS status. */
public final class SiroccoSubscriber extends EntityBase<SubscriberListener, SubscriberQos> implements Subscriber {
    private final SiroccoParticipant participant;
    private final CopyOnWriteArrayList<SiroccoDataReader<?>> readers = new CopyOnWriteArrayList<>();
    private final boolean builtin;
    private volatile DataReaderQos defaultReaderQos;
    private int accessDepth;

    public SiroccoSubscriber(SiroccoServiceEnvironment environment, SiroccoParticipant participant, SubscriberQos qos,
            SubscriberListener listener, int mask, boolean builtin) {
        super(environment, Handles.next(), participant.newEntityGuid(io.sirocco.dcps.core.EntityIds.KIND_SUBSCRIBER),
                qos, listener, mask);
        this.participant = participant;
        this.builtin = builtin;
        this.defaultReaderQos = environment.qosDefaults().dataReaderQos();
    }

    @Override
    protected String describe() {
        return builtin ? "built-in Subscriber" : "Subscriber";
    }

    public SiroccoParticipant participant() {
        return participant;
    }

    public boolean isBuiltin() {
        return builtin;
    }

    @Override
    protected boolean parentEnabled() {
        return participant.isEnabled();
    }

    @Override
    protected void onEnabled() {
        if (qos().getEntityFactory().isAutoEnableCreatedEntities()) {
            for (SiroccoDataReader<?> reader : readers) {
                reader.enable();
            }
        }
    }

    // ------------------------------------------------------------------ readers

    @Override
    public <TYPE> DataReader<TYPE> createDataReader(TopicDescription<TYPE> topic) {
        return createDataReader(topic, defaultReaderQos, null, StatusKind.ALL_MASK);
    }

    @Override
    public <TYPE> DataReader<TYPE> createDataReader(TopicDescription<TYPE> topic, DataReaderQos qos,
            DataReaderListener<TYPE> listener, Collection<Class<? extends Status>> statuses) {
        return createDataReader(topic, qos, listener, StatusKind.maskOf(statuses));
    }

    @Override
    @SafeVarargs
    public final <TYPE> DataReader<TYPE> createDataReader(TopicDescription<TYPE> topic, DataReaderQos qos,
            DataReaderListener<TYPE> listener, Class<? extends Status>... statuses) {
        return createDataReader(topic, qos, listener, StatusKind.maskOf(statuses));
    }

    @Override
    public <TYPE> DataReader<TYPE> createDataReader(TopicDescription<TYPE> topic, DataReaderQos qos) {
        return createDataReader(topic, qos, null, StatusKind.ALL_MASK);
    }

    private <TYPE> DataReader<TYPE> createDataReader(TopicDescription<TYPE> topic, DataReaderQos qos,
            DataReaderListener<TYPE> listener, int mask) {
        checkOpen();
        TopicView<TYPE> view = participant.topicView(topic);
        DataReaderQos effective = qos == null ? defaultReaderQos : qos;
        QosRules.checkConsistent(effective);
        SiroccoDataReader<TYPE> reader = new SiroccoDataReader<>(environment, this, view, effective, listener, mask,
                builtin);
        view.readerCreated(reader);
        readers.add(reader);
        if (isEnabled() && qos().getEntityFactory().isAutoEnableCreatedEntities()) {
            try {
                reader.enable();
            } catch (RuntimeException e) {
                reader.close(); // the application never saw it
                throw e;
            }
        }
        return reader;
    }

    void readerClosed(SiroccoDataReader<?> reader) {
        readers.remove(reader);
    }

    /** The readers of this subscriber (a live, thread-safe view). */
    public List<SiroccoDataReader<?>> readers() {
        return readers;
    }

    @Override
    @SuppressWarnings("unchecked")
    public <TYPE> DataReader<TYPE> lookupDataReader(String topicName) {
        checkOpen();
        for (SiroccoDataReader<?> reader : readers) {
            if (reader.getTopicDescription().getName().equals(topicName)) {
                return (DataReader<TYPE>) reader;
            }
        }
        return null;
    }

    @Override
    @SuppressWarnings("unchecked")
    public <TYPE> DataReader<TYPE> lookupDataReader(TopicDescription<TYPE> topic) {
        checkOpen();
        for (SiroccoDataReader<?> reader : readers) {
            if (reader.getTopicDescription() == topic) {
                return (DataReader<TYPE>) reader;
            }
        }
        return null;
    }

    @Override
    public void closeContainedEntities() {
        for (SiroccoDataReader<?> reader : readers) {
            reader.close();
        }
    }

    @Override
    public void close() {
        if (isClosed()) {
            return;
        }
        closeContainedEntities();
        if (markClosed()) {
            participant.subscriberClosed(this);
        }
    }

    @Override
    public Collection<DataReader<?>> getDataReaders(Collection<DataReader<?>> result) {
        return getDataReaders(result, SiroccoDataState.any(environment));
    }

    @Override
    public Collection<DataReader<?>> getDataReaders(Collection<DataReader<?>> result, Subscriber.DataState dataState) {
        checkOpen();
        if (result == null) {
            throw new IllegalArgumentException("readers must not be null");
        }
        SiroccoDataState states = SiroccoDataState.of(environment, dataState);
        result.clear();
        for (SiroccoDataReader<?> reader : readers) {
            if (reader.anyMatching(states.sampleMask(), states.viewMask(), states.instanceMask(), null)) {
                result.add(reader);
            }
        }
        return result;
    }

    @Override
    public Collection<DataReader<?>> getDataReaders() {
        checkOpen();
        return new ArrayList<>(readers);
    }

    @Override
    public Collection<DataReader<?>> getDataReaders(Subscriber.DataState dataState) {
        return getDataReaders(new ArrayList<>(), dataState);
    }

    @Override
    public void notifyDataReaders() {
        checkEnabled();
        for (SiroccoDataReader<?> reader : readers) {
            if (reader.hasDataAvailable()) {
                notifyReader(reader);
            }
        }
    }

    private <T> void notifyReader(SiroccoDataReader<T> reader) {
        DataReaderListener<T> listener = reader.listenerFor(StatusKind.DATA_AVAILABLE);
        if (listener != null) {
            reader.statusRead(StatusKind.DATA_AVAILABLE);
            try {
                listener.onDataAvailable(new DataAvailableNotice<>(environment, reader,
                        new DataAvailableSnapshot(environment)));
            } catch (RuntimeException e) {
                ListenerCalls.failed("onDataAvailable", e);
            }
        }
    }

    /**
     * Marks the start of a coherent or ordered access. Sirocco applies each coherent set to a reader
     * atomically when it arrives, so the calls only have to be balanced.
     */
    @Override
    public synchronized void beginAccess() {
        checkEnabled();
        accessDepth++;
    }

    @Override
    public synchronized void endAccess() {
        checkEnabled();
        if (accessDepth == 0) {
            throw new PreconditionFailedException(environment, "endAccess() without a matching beginAccess()");
        }
        accessDepth--;
    }

    // ------------------------------------------------------------------ QoS

    @Override
    public void setQos(SubscriberQos qos) {
        checkOpen();
        if (qos == null) {
            throw new IllegalArgumentException("qos must not be null");
        }
        QosRules.checkConsistent(qos);
        if (isEnabled()) {
            QosRules.checkChangeable(qos(), qos);
        }
        replaceQos(qos);
        for (SiroccoDataReader<?> reader : readers) {
            reader.subscriberQosChanged();
        }
    }

    @Override
    public void setQos(String qosLibraryName, String qosProfileName) {
        setQos(environment.defaultQosProvider().getSubscriberQos(qosLibraryName + "::" + qosProfileName));
    }

    @Override
    public DataReaderQos getDefaultDataReaderQos() {
        checkOpen();
        return defaultReaderQos;
    }

    @Override
    public void setDefaultDataReaderQos(DataReaderQos qos) {
        checkOpen();
        if (qos == null) {
            throw new IllegalArgumentException("qos must not be null");
        }
        QosRules.checkConsistent(qos);
        this.defaultReaderQos = qos;
    }

    @Override
    public DataReaderQos copyFromTopicQos(DataReaderQos readerQos, TopicQos topicQos) {
        if (readerQos == null) {
            throw new IllegalArgumentException("readerQos must not be null");
        }
        if (topicQos == null) {
            throw new IllegalArgumentException("topicQos must not be null");
        }
        return QosCopy.readerFromTopic(readerQos, topicQos);
    }

    // ------------------------------------------------------------------ statuses

    @Override
    public void dispatch(StatusKind kind) {
        if (kind != StatusKind.DATA_ON_READERS || isClosed()) {
            return;
        }
        SubscriberListener listener = listenerFor(kind);
        if (listener == null && !builtin) {
            listener = participant.listenerFor(kind);
        }
        if (listener == null) {
            return;
        }
        statusRead(kind);
        try {
            listener.onDataOnReaders(new DataOnReadersNotice(environment, this, new DataOnReadersSnapshot(environment)));
        } catch (RuntimeException e) {
            ListenerCalls.failed("onDataOnReaders", e);
        }
    }

    @Override
    @SuppressWarnings("unchecked")
    public StatusCondition<Subscriber> getStatusCondition() {
        return (StatusCondition<Subscriber>) statusConditionInternal();
    }

    @Override
    public DomainParticipant getParent() {
        return participant;
    }

    @Override
    public Subscriber.DataState createDataState() {
        return new SiroccoDataState(environment);
    }
}
