package io.sirocco.dcps.domain;

import io.sirocco.dcps.core.SiroccoServiceEnvironment;
import io.sirocco.dcps.entity.StatusKind;
import io.sirocco.dcps.qos.QosRules;
import java.util.Collection;
import java.util.concurrent.CopyOnWriteArrayList;
import org.omg.dds.core.QosProvider;
import org.omg.dds.core.ServiceEnvironment;
import org.omg.dds.core.status.Status;
import org.omg.dds.domain.DomainParticipant;
import org.omg.dds.domain.DomainParticipantFactory;
import org.omg.dds.domain.DomainParticipantFactoryQos;
import org.omg.dds.domain.DomainParticipantListener;
import org.omg.dds.domain.DomainParticipantQos;

/** The participant factory of one environment: creates participants and keeps the defaults. */
public final class SiroccoParticipantFactory extends DomainParticipantFactory {
    /** The domain of {@link #createParticipant()}. */
    public static final int DEFAULT_DOMAIN = 0;
    /** The highest domain id the RTPS port mapping allows with its default parameters. */
    public static final int MAX_DOMAIN_ID = 232;

    private final SiroccoServiceEnvironment environment;
    private final CopyOnWriteArrayList<SiroccoParticipant> participants = new CopyOnWriteArrayList<>();
    private volatile DomainParticipantFactoryQos qos;
    private volatile DomainParticipantQos defaultParticipantQos;
    /** QoS profiles: whether the default profile file's defaults were applied (see applyDefaultProfile). */
    private volatile boolean defaultProfileApplied;

    public SiroccoParticipantFactory(SiroccoServiceEnvironment environment) {
        this.environment = environment;
        this.qos = environment.qosDefaults().participantFactoryQos();
        this.defaultParticipantQos = environment.qosDefaults().participantQos();
    }

    @Override
    public DomainParticipant createParticipant() {
        return createParticipant(DEFAULT_DOMAIN);
    }

    @Override
    public DomainParticipant createParticipant(int domainId) {
        return createParticipant(domainId, getDefaultParticipantQos(), null, StatusKind.ALL_MASK);
    }

    @Override
    public DomainParticipant createParticipant(int domainId, DomainParticipantQos participantQos,
            DomainParticipantListener listener, Collection<Class<? extends Status>> statuses) {
        return createParticipant(domainId, participantQos, listener, StatusKind.maskOf(statuses));
    }

    @Override
    @SafeVarargs
    public final DomainParticipant createParticipant(int domainId, DomainParticipantQos participantQos,
            DomainParticipantListener listener, Class<? extends Status>... statuses) {
        return createParticipant(domainId, participantQos, listener, StatusKind.maskOf(statuses));
    }

    private DomainParticipant createParticipant(int domainId, DomainParticipantQos participantQos,
            DomainParticipantListener listener, int mask) {
        if (domainId < 0 || domainId > MAX_DOMAIN_ID) {
            throw new IllegalArgumentException("domainId must be between 0 and " + MAX_DOMAIN_ID + ", got " + domainId);
        }
        applyDefaultProfile();
        DomainParticipantQos effective = participantQos == null ? defaultParticipantQos : participantQos;
        QosRules.checkConsistent(effective);
        SiroccoParticipant participant = new SiroccoParticipant(environment, this, domainId, effective, listener, mask);
        participants.add(participant);
        if (qos.getEntityFactory().isAutoEnableCreatedEntities()) {
            participant.enable();
        }
        return participant;
    }

    /** Called by a participant that closed. */
    void removed(SiroccoParticipant participant) {
        participants.remove(participant);
    }

    @Override
    public DomainParticipant lookupParticipant(int domainId) {
        for (SiroccoParticipant participant : participants) {
            if (participant.getDomainId() == domainId && !participant.isClosed()) {
                return participant;
            }
        }
        return null;
    }

    @Override
    public DomainParticipantFactoryQos getQos() {
        applyDefaultProfile();
        return qos;
    }

    @Override
    public void setQos(DomainParticipantFactoryQos newQos) {
        if (newQos == null) {
            throw new IllegalArgumentException("qos must not be null");
        }
        applyDefaultProfile();
        this.qos = newQos;
    }

    @Override
    public DomainParticipantQos getDefaultParticipantQos() {
        applyDefaultProfile();
        return defaultParticipantQos;
    }

    @Override
    public void setDefaultParticipantQos(DomainParticipantQos newQos) {
        if (newQos == null) {
            throw new IllegalArgumentException("qos must not be null");
        }
        QosRules.checkConsistent(newQos);
        applyDefaultProfile();
        this.defaultParticipantQos = newQos;
    }

    /**
     * QoS profiles (io.sirocco.dcps.qos.xml): on first use, the default profile of the default profile
     * file (SIROCCO_QOS_PROFILES, -Dsirocco.qosProfiles or ./sirocco_qos_profiles.xml) replaces the
     * built-in factory QoS and default participant QoS. Lazy because this factory is built inside the
     * environment's constructor, before the environment can read profiles; a broken file fails the call
     * that needed it, with the file's error, and is read again on the next call.
     */
    private void applyDefaultProfile() {
        if (defaultProfileApplied) {
            return;
        }
        synchronized (this) {
            if (!defaultProfileApplied) {
                QosProvider profiles = environment.defaultQosProviderOrNull();
                if (profiles != null) {
                    qos = profiles.getDomainParticipantFactoryQos();
                    defaultParticipantQos = profiles.getDomainParticipantQos();
                }
                defaultProfileApplied = true;
            }
        }
    }

    @Override
    public ServiceEnvironment getEnvironment() {
        return environment;
    }
}
