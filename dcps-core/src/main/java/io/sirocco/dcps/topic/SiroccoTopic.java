package io.sirocco.dcps.topic;

import io.sirocco.dcps.core.EntityIds;
import io.sirocco.dcps.core.GuidHandles;
import io.sirocco.dcps.core.Handles;
import io.sirocco.dcps.core.LongInstanceHandle;
import io.sirocco.dcps.core.SiroccoServiceEnvironment;
import io.sirocco.dcps.domain.SiroccoParticipant;
import io.sirocco.dcps.entity.DeferredNotifications;
import io.sirocco.dcps.entity.EntityBase;
import io.sirocco.dcps.entity.ListenerCalls;
import io.sirocco.dcps.entity.StatusKind;
import io.sirocco.dcps.error.EntityClosedException;
import io.sirocco.dcps.error.PreconditionFailedException;
import io.sirocco.dcps.qos.QosRules;
import io.sirocco.dcps.qos.xml.EntityProfiles;
import io.sirocco.dcps.status.InconsistentTopicNotice;
import io.sirocco.dcps.status.InconsistentTopicSnapshot;
import io.sirocco.dcps.sub.SiroccoDataReader;
import io.sirocco.dcps.type.SiroccoTypeSupport;
import io.sirocco.dcps.type.TypeCodec;
import java.util.function.Predicate;
import org.omg.dds.core.StatusCondition;
import org.omg.dds.core.status.InconsistentTopicStatus;
import org.omg.dds.domain.DomainParticipant;
import org.omg.dds.domain.DomainParticipantListener;
import org.omg.dds.topic.Topic;
import org.omg.dds.topic.TopicDescription;
import org.omg.dds.topic.TopicListener;
import org.omg.dds.topic.TopicQos;
import org.omg.dds.type.TypeSupport;

/**
 * Sirocco's topic: a name bound to a type support and a topic QoS. Creating the same topic again
 * in the participant (or finding it with {@code findTopic}) returns this object with one more
 * reference; {@link #close()} drops a reference and closes on the last one, once no writer, reader
 * or content-filtered topic uses it.
 */
public final class SiroccoTopic<T> extends EntityBase<TopicListener<T>, TopicQos> implements Topic<T>, TopicView<T> {
    private final SiroccoParticipant participant;
    private final String name;
    private final SiroccoTypeSupport<T> typeSupport;
    private int references = 1;
    private int dependents;
    private InconsistentTopicSnapshot inconsistent;

    public SiroccoTopic(SiroccoServiceEnvironment environment, SiroccoParticipant participant, String name,
            SiroccoTypeSupport<T> typeSupport, TopicQos qos, TopicListener<T> listener, int mask) {
        super(environment, Handles.next(), participant.newEntityGuid(EntityIds.KIND_TOPIC), qos, listener, mask);
        this.participant = participant;
        this.name = name;
        this.typeSupport = typeSupport;
        this.inconsistent = InconsistentTopicSnapshot.initial(environment);
        GuidHandles.register(guid, handle);
    }

    @Override
    protected String describe() {
        return "Topic \"" + name + "\"";
    }

    public TypeCodec<T> codec() {
        return typeSupport.codec();
    }

    @Override
    public SiroccoTopic<T> topic() {
        return this;
    }

    @Override
    public Predicate<T> filter() {
        return null;
    }

    @Override
    public SiroccoParticipant participant() {
        return participant;
    }

    @Override
    protected boolean parentEnabled() {
        return participant.isEnabled();
    }

    @Override
    protected void onEnabled() {
        participant.domain().topicEnabled(this);
        DeferredNotifications.current().flush();
    }

    /**
     * One more user of the same topic object (create again, findTopic); false when the last
     * reference is being closed on another thread, so the caller must create a new topic.
     */
    public synchronized boolean tryAddReference() {
        if (references == 0 || isClosed()) {
            return false;
        }
        references++;
        return true;
    }

    /** A writer, reader or content-filtered topic now uses this topic. */
    public synchronized void addDependent() {
        checkOpen();
        if (references == 0) {
            throw new EntityClosedException(environment, "the " + describe() + " is closed");
        }
        dependents++;
    }

    public synchronized void removeDependent() {
        dependents--;
    }

    @Override
    public void readerCreated(SiroccoDataReader<T> reader) {
        addDependent();
    }

    @Override
    public void readerClosed(SiroccoDataReader<?> reader) {
        removeDependent();
    }

    @Override
    public void close() {
        synchronized (this) {
            if (isClosed()) {
                return;
            }
            if (references > 1) {
                references--;
                return;
            }
            if (dependents > 0) {
                throw new PreconditionFailedException(environment, "cannot close the " + describe() + ": "
                        + dependents + " data writer(s), reader(s) or content-filtered topic(s) still use it");
            }
            references = 0; // closing: no new reference may be handed out from here on
        }
        if (markClosed()) {
            if (isEnabled()) {
                participant.domain().topicClosed(this);
            }
            participant.topicClosed(this);
            GuidHandles.forget(guid);
        }
    }

    /** Closes the topic whatever its references (the participant is closing). */
    public void forceClose() {
        synchronized (this) {
            references = 1;
            dependents = 0;
        }
        close();
    }

    @Override
    public void setQos(TopicQos qos) {
        checkOpen();
        if (qos == null) {
            throw new IllegalArgumentException("qos must not be null");
        }
        QosRules.checkConsistent(qos);
        if (isEnabled()) {
            QosRules.checkChangeable(qos(), qos);
        }
        replaceQos(qos);
    }

    @Override
    public void setQos(String qosLibraryName, String qosProfileName) {
        // QoS profiles: a topic_filter in the profile is matched against this topic's name.
        setQos(EntityProfiles.topicQos(environment.defaultQosProvider(), qosLibraryName, qosProfileName, getName()));
    }

    /** Another topic of the same name with a different type exists in the domain. */
    public void inconsistentTopicFound() {
        synchronized (this) {
            inconsistent = inconsistent.plus(1);
        }
        statusChanged(StatusKind.INCONSISTENT_TOPIC);
        if (listenerFor(StatusKind.INCONSISTENT_TOPIC) != null
                || participant.listenerFor(StatusKind.INCONSISTENT_TOPIC) != null) {
            DeferredNotifications.current().add(this, StatusKind.INCONSISTENT_TOPIC);
        }
    }

    private synchronized InconsistentTopicSnapshot takeInconsistent() {
        InconsistentTopicSnapshot current = inconsistent;
        inconsistent = current.resetChanges();
        return current;
    }

    @Override
    public InconsistentTopicStatus getInconsistentTopicStatus() {
        checkOpen();
        statusRead(StatusKind.INCONSISTENT_TOPIC);
        return takeInconsistent();
    }

    @Override
    public void dispatch(StatusKind kind) {
        if (kind != StatusKind.INCONSISTENT_TOPIC || isClosed()) {
            return;
        }
        TopicListener<T> own = listenerFor(kind);
        DomainParticipantListener group = own == null ? participant.listenerFor(kind) : null;
        if (own == null && group == null) {
            return;
        }
        statusRead(kind);
        var event = new InconsistentTopicNotice<>(environment, this, takeInconsistent());
        try {
            if (own != null) {
                own.onInconsistentTopic(event);
            } else {
                group.onInconsistentTopic(event);
            }
        } catch (RuntimeException e) {
            ListenerCalls.failed("onInconsistentTopic", e);
        }
    }

    @Override
    public TypeSupport<T> getTypeSupport() {
        return typeSupport;
    }

    @Override
    @SuppressWarnings("unchecked")
    public <OTHER> TopicDescription<OTHER> cast() {
        return (TopicDescription<OTHER>) this;
    }

    @Override
    public String getTypeName() {
        return typeSupport.getTypeName();
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public DomainParticipant getParent() {
        return participant;
    }

    @Override
    @SuppressWarnings("unchecked")
    public StatusCondition<Topic<T>> getStatusCondition() {
        return (StatusCondition<Topic<T>>) statusConditionInternal();
    }

    /** The topic's handle as an API handle. */
    public LongInstanceHandle handleObject() {
        return new LongInstanceHandle(environment, handle);
    }
}
