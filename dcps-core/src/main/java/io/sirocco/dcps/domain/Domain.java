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

    synchronized void join(SiroccoParticipant participant) {
        participants.add(participant);
        for (SiroccoParticipant other : participants) {
            other.discovery().localParticipantDiscovered(participant);
            if (other != participant) {
                participant.discovery().localParticipantDiscovered(other);
            }
        }
        for (SiroccoTopic<?> topic : topics) {
            participant.discovery().localTopicDiscovered(topic);
        }
        for (WriterDescription writer : writers) {
            participant.discovery().publicationDiscovered(writer);
        }
        for (ReaderDescription reader : readers) {
            participant.discovery().subscriptionDiscovered(reader);
        }
    }

    synchronized void leave(SiroccoParticipant participant) {
        participants.remove(participant);
        for (SiroccoParticipant other : participants) {
            other.discovery().participantLost(participant.guid());
        }
    }

    /** A topic was enabled: announce it and check every same-named topic for a type clash. */
    public synchronized void topicEnabled(SiroccoTopic<?> topic) {
        for (SiroccoTopic<?> other : topics) {
            if (other.getName().equals(topic.getName()) && !other.getTypeName().equals(topic.getTypeName())) {
                other.inconsistentTopicFound();
                topic.inconsistentTopicFound();
            }
        }
        topics.add(topic);
        for (SiroccoParticipant participant : participants) {
            participant.discovery().localTopicDiscovered(topic);
        }
    }

    public synchronized void topicClosed(SiroccoTopic<?> topic) {
        topics.remove(topic);
        for (SiroccoParticipant participant : participants) {
            participant.discovery().topicLost(topic.guid());
        }
    }

    public synchronized void writerAnnounced(WriterDescription writer) {
        writers.removeIf(w -> w.guid().equals(writer.guid()));
        writers.add(writer);
        for (SiroccoParticipant participant : participants) {
            participant.discovery().publicationDiscovered(writer);
        }
    }

    public synchronized void writerRetracted(Guid writer) {
        writers.removeIf(w -> w.guid().equals(writer));
        for (SiroccoParticipant participant : participants) {
            participant.discovery().publicationLost(writer);
        }
    }

    public synchronized void readerAnnounced(ReaderDescription reader) {
        readers.removeIf(r -> r.guid().equals(reader.guid()));
        readers.add(reader);
        for (SiroccoParticipant participant : participants) {
            participant.discovery().subscriptionDiscovered(reader);
        }
    }

    public synchronized void readerRetracted(Guid reader) {
        readers.removeIf(r -> r.guid().equals(reader));
        for (SiroccoParticipant participant : participants) {
            participant.discovery().subscriptionLost(reader);
        }
    }
}
