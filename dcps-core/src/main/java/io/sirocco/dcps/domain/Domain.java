package io.sirocco.dcps.domain;

import io.sirocco.dcps.core.Guid;
import io.sirocco.dcps.spi.ReaderDescription;
import io.sirocco.dcps.spi.WriterDescription;
import io.sirocco.dcps.topic.SiroccoTopic;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The participants of one domain in this JVM, and what they announce: every local participant,
 * topic, writer and reader is "discovered" by all participants of the domain at once, which fills
 * their built-in topics and lets {@code getDiscoveredXxx} and {@code findTopic} see local entities.
 * Remote discovery (RTPS) reports into the same participants through their discovery context.
 *
 * <p>When participants of one JVM do not talk in-process ({@code sirocco.intraProcess=false}),
 * each participant only sees its own entities here and learns of the others through the
 * transports, exactly as if they ran in different processes.
 */
public final class Domain {
    private static final ConcurrentHashMap<Integer, Domain> DOMAINS = new ConcurrentHashMap<>();

    private final int domainId;
    private final CopyOnWriteArrayList<SiroccoParticipant> participants = new CopyOnWriteArrayList<>();
    private final CopyOnWriteArrayList<SiroccoTopic<?>> topics = new CopyOnWriteArrayList<>();
    private final CopyOnWriteArrayList<WriterDescription> writers = new CopyOnWriteArrayList<>();
    private final CopyOnWriteArrayList<ReaderDescription> readers = new CopyOnWriteArrayList<>();

    private Domain(int domainId) {
        this.domainId = domainId;
    }

    public static Domain of(int domainId) {
        return DOMAINS.computeIfAbsent(domainId, Domain::new);
    }

    /** Whether {@code guid} belongs to a participant of this JVM (in any domain). */
    public static boolean isLocal(Guid guid) {
        for (Domain domain : DOMAINS.values()) {
            for (SiroccoParticipant participant : domain.participants) {
                if (participant.guid().samePrefix(guid)) {
                    return true;
                }
            }
        }
        return false;
    }

    public int domainId() {
        return domainId;
    }

    /** The participants of the domain in this JVM. */
    public List<SiroccoParticipant> participants() {
        return participants;
    }

    /** The enabled topics of the domain in this JVM. */
    public List<SiroccoTopic<?>> topics() {
        return topics;
    }

    /** Whether {@code participant} sees what belongs to the participant with GUID {@code owner}. */
    private static boolean sees(SiroccoParticipant participant, Guid owner) {
        return participant.guid().samePrefix(owner) || DataPaths.intraProcessEnabled();
    }

    synchronized void join(SiroccoParticipant participant) {
        participants.add(participant);
        for (SiroccoParticipant other : participants) {
            if (sees(other, participant.guid())) {
                other.discovery().localParticipantDiscovered(participant);
            }
            if (other != participant && sees(participant, other.guid())) {
                participant.discovery().localParticipantDiscovered(other);
            }
        }
        for (SiroccoTopic<?> topic : topics) {
            if (sees(participant, topic.guid())) {
                participant.discovery().localTopicDiscovered(topic);
            }
        }
        for (WriterDescription writer : writers) {
            if (sees(participant, writer.guid())) {
                participant.discovery().publicationDiscovered(writer);
            }
        }
        for (ReaderDescription reader : readers) {
            if (sees(participant, reader.guid())) {
                participant.discovery().subscriptionDiscovered(reader);
            }
        }
    }

    synchronized void leave(SiroccoParticipant participant) {
        participants.remove(participant);
        for (SiroccoParticipant other : participants) {
            if (sees(other, participant.guid())) {
                other.discovery().participantLost(participant.guid());
            }
        }
    }

    /** A topic was enabled: announce it and check every same-named topic for a type clash. */
    public synchronized void topicEnabled(SiroccoTopic<?> topic) {
        for (SiroccoTopic<?> other : topics) {
            if (other.getName().equals(topic.getName()) && !other.getTypeName().equals(topic.getTypeName())
                    && sees(topic.participant(), other.guid())) {
                other.inconsistentTopicFound();
                topic.inconsistentTopicFound();
            }
        }
        topics.add(topic);
        for (SiroccoParticipant participant : participants) {
            if (sees(participant, topic.guid())) {
                participant.discovery().localTopicDiscovered(topic);
            }
        }
    }

    public synchronized void topicClosed(SiroccoTopic<?> topic) {
        topics.remove(topic);
        for (SiroccoParticipant participant : participants) {
            if (sees(participant, topic.guid())) {
                participant.discovery().topicLost(topic.guid());
            }
        }
    }

    public synchronized void writerAnnounced(WriterDescription writer) {
        writers.removeIf(w -> w.guid().equals(writer.guid()));
        writers.add(writer);
        for (SiroccoParticipant participant : participants) {
            if (sees(participant, writer.guid())) {
                participant.discovery().publicationDiscovered(writer);
            }
        }
    }

    public synchronized void writerRetracted(Guid writer) {
        writers.removeIf(w -> w.guid().equals(writer));
        for (SiroccoParticipant participant : participants) {
            if (sees(participant, writer)) {
                participant.discovery().publicationLost(writer);
            }
        }
    }

    public synchronized void readerAnnounced(ReaderDescription reader) {
        readers.removeIf(r -> r.guid().equals(reader.guid()));
        readers.add(reader);
        for (SiroccoParticipant participant : participants) {
            if (sees(participant, reader.guid())) {
                participant.discovery().subscriptionDiscovered(reader);
            }
        }
    }

    public synchronized void readerRetracted(Guid reader) {
        readers.removeIf(r -> r.guid().equals(reader));
        for (SiroccoParticipant participant : participants) {
            if (sees(participant, reader)) {
                participant.discovery().subscriptionLost(reader);
            }
        }
    }
}
