package org.omg.dds.domain;

import io.sirocco.dds.spi.Environments;
import java.util.Collection;
import org.omg.dds.core.DDSObject;
import org.omg.dds.core.ServiceEnvironment;
import org.omg.dds.core.status.Status;

/**
 * The per-environment singleton that creates, looks up and holds the default QoS of domain
 * participants; it is how an application joins a DDS domain.
 */
public abstract class DomainParticipantFactory implements DDSObject {

    /** For implementations only; applications call {@link #getInstance(ServiceEnvironment)}. */
    public DomainParticipantFactory() {
    }

    /** Returns the participant factory of the given service environment. */
    public static DomainParticipantFactory getInstance(ServiceEnvironment env) {
        return Environments.spi(env).getParticipantFactory();
    }

    /**
     * Creates a participant in the default domain, with the default participant QoS, no listener
     * and no statuses enabled for listening.
     */
    public abstract DomainParticipant createParticipant();

    /**
     * Creates a participant in the given domain, with the default participant QoS and no listener.
     *
     * @param domainId the domain to join
     */
    public abstract DomainParticipant createParticipant(int domainId);

    /**
     * Creates a participant in the given domain with the given QoS, attaching a listener for the
     * given status kinds.
     *
     * @param domainId the domain to join
     * @param qos the QoS of the new participant
     * @param listener the listener to attach, or {@code null} for none
     * @param statuses the status kinds the listener is notified of
     * @throws org.omg.dds.core.InconsistentPolicyException if the QoS policies conflict with each other
     */
    public abstract DomainParticipant createParticipant(int domainId, DomainParticipantQos qos,
            DomainParticipantListener listener, Collection<Class<? extends Status>> statuses);

    /**
     * Varargs form of
     * {@link #createParticipant(int, DomainParticipantQos, DomainParticipantListener, Collection)},
     * kept for source compatibility with OpenSplice's Java 5 API.
     */
    public abstract DomainParticipant createParticipant(int domainId, DomainParticipantQos qos,
            DomainParticipantListener listener, Class<? extends Status>... statuses);

    /**
     * Returns an existing participant of this factory that belongs to the given domain; if there are
     * several, which one is returned is unspecified.
     *
     * @return the participant, or {@code null} if this factory has none in that domain
     */
    public abstract DomainParticipant lookupParticipant(int domainId);

    /** Returns a copy of the factory's own QoS. */
    public abstract DomainParticipantFactoryQos getQos();

    /** Replaces the factory's own QoS, which controls, for example, whether new participants are enabled. */
    public abstract void setQos(DomainParticipantFactoryQos qos);

    /** Returns a copy of the QoS given to participants created without an explicit QoS. */
    public abstract DomainParticipantQos getDefaultParticipantQos();

    /**
     * Sets the QoS given to participants created later without an explicit QoS; existing
     * participants are not affected.
     *
     * @throws org.omg.dds.core.InconsistentPolicyException if the policies conflict with each other
     */
    public abstract void setDefaultParticipantQos(DomainParticipantQos qos);
}
