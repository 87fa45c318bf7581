package io.sirocco.dcps.core;

import io.sirocco.dcps.domain.SiroccoParticipantFactory;
import io.sirocco.dcps.qos.QosDefaults;
import io.sirocco.dcps.qos.SiroccoPolicyFactory;
import io.sirocco.dcps.timer.EventScheduler;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import org.omg.dds.core.QosProvider;
import org.omg.dds.core.ServiceEnvironment;

/**
 * Sirocco's service environment: the root of everything an application creates. Found without
 * configuration by {@code ServiceEnvironment.createInstance(...)} (it is the registered provider).
 * Each environment has its own participant factory, policy factory and event thread; participants
 * of different environments in one JVM still talk to each other like any two participants.
 */
public final class SiroccoServiceEnvironment extends ServiceEnvironment {
    private final Map<String, Object> settings;
    private final SiroccoPolicyFactory policyFactory;
    private final QosDefaults qosDefaults;
    private final SiroccoParticipantFactory participantFactory;
    private final SiroccoSpi spi;
    private final EventScheduler scheduler;
    private final Optional<QosProviderFactory> qosProviders;

    public SiroccoServiceEnvironment() {
        this(null);
    }

    /** @param settings implementation settings (currently unused), may be {@code null} */
    public SiroccoServiceEnvironment(Map<String, Object> settings) {
        this.settings = settings == null ? Map.of() : Map.copyOf(settings);
        this.qosDefaults = new QosDefaults(this);
        this.policyFactory = qosDefaults.policyFactory();
        this.scheduler = new EventScheduler("sirocco-events-" + Integer.toHexString(System.identityHashCode(this)));
        this.participantFactory = new SiroccoParticipantFactory(this);
        this.spi = new SiroccoSpi(this);
        this.qosProviders = ServiceLoader.load(QosProviderFactory.class, SiroccoServiceEnvironment.class.getClassLoader())
                .findFirst();
    }

    @Override
    public ServiceProviderInterface getSPI() {
        return spi;
    }

    public Map<String, Object> settings() {
        return settings;
    }

    public SiroccoPolicyFactory policyFactory() {
        return policyFactory;
    }

    public QosDefaults qosDefaults() {
        return qosDefaults;
    }

    public SiroccoParticipantFactory participantFactory() {
        return participantFactory;
    }

    /** The thread that runs deadline, liveliness, lifespan and purge timers of this environment. */
    public EventScheduler scheduler() {
        return scheduler;
    }

    /** A QoS provider for {@code uri}, through the XML hook. */
    public QosProvider newQosProvider(String uri, String profile) {
        return qosProviders.orElseThrow(SiroccoServiceEnvironment::noXml).create(this, uri, profile);
    }

    /** The provider of the default profile file, used by {@code Entity.setQos(library, profile)}. */
    public QosProvider defaultQosProvider() {
        QosProvider provider = qosProviders.orElseThrow(SiroccoServiceEnvironment::noXml).defaultProvider(this);
        if (provider == null) {
            throw new IllegalStateException("no QoS profiles are known: set SIROCCO_QOS_PROFILES (or "
                    + "-Dsirocco.qosProfiles), put sirocco_qos_profiles.xml in the working directory, or open a "
                    + "document with QosProvider.newQosProvider first");
        }
        return provider;
    }

    /**
     * QoS profiles: the provider behind the default QoS of new participants and their children (the
     * default profile file's {@code is_default_qos} profile), or {@code null} when there is no XML hook
     * or no profile document. Participant factory and participants call it; see
     * {@code io.sirocco.dcps.qos.xml}.
     */
    public QosProvider defaultQosProviderOrNull() {
        return qosProviders.map(factory -> factory.defaultProvider(this)).orElse(null);
    }

    private static UnsupportedOperationException noXml() {
        return new UnsupportedOperationException("QoS profiles from XML are not available yet in Sirocco: "
                + "create QoS with the PolicyFactory and withPolicy(...) instead");
    }

    @Override
    public String toString() {
        return "SiroccoServiceEnvironment@" + Integer.toHexString(System.identityHashCode(this));
    }
}
