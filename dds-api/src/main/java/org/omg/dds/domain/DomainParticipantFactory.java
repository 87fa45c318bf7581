package org.omg.dds.domain;

import io.sirocco.dds.spi.Environments;
import java.util.Collection;
import org.omg.dds.core.DDSObject;
import org.omg.dds.core.ServiceEnvironment;
import org.omg.dds.core.status.Status;

/** TODO */
public abstract class DomainParticipantFactory implements DDSObject {

    /** TODO */
    public DomainParticipantFactory() {
    }

    /** TODO */
    public static DomainParticipantFactory getInstance(ServiceEnvironment env) {
        return Environments.spi(env).getParticipantFactory();
    }

    /** TODO */
    public abstract DomainParticipant createParticipant();

    /** TODO */
    public abstract DomainParticipant createParticipant(int value);

    /** TODO */
    public abstract DomainParticipant createParticipant(int value, DomainParticipantQos domainParticipantQos, DomainParticipantListener domainParticipantListener, Collection<Class<? extends Status>> statuses);

    /** TODO (OpenSplice addition) */
    public abstract DomainParticipant createParticipant(int domainId, DomainParticipantQos qos, DomainParticipantListener listener, Class<? extends Status>... statuses);

    /** TODO */
    public abstract DomainParticipant lookupParticipant(int value);

    /** TODO */
    public abstract DomainParticipantFactoryQos getQos();

    /** TODO */
    public abstract void setQos(DomainParticipantFactoryQos domainParticipantFactoryQos);

    /** TODO */
    public abstract DomainParticipantQos getDefaultParticipantQos();

    /** TODO */
    public abstract void setDefaultParticipantQos(DomainParticipantQos domainParticipantQos);
}
