package io.sirocco.dcps.core;

import org.omg.dds.core.QosProvider;
import org.omg.dds.core.ServiceEnvironment;

/**
 * The hook through which QoS profiles (DDS-XML files) reach Sirocco: implementations are found
 * with {@link java.util.ServiceLoader}. Without one, {@code QosProvider.newQosProvider} and
 * {@code Entity.setQos(library, profile)} report that XML profiles are not available.
 */
public interface QosProviderFactory {

    /** A provider reading the profiles at {@code uri}, with {@code profile} as its default profile. */
    QosProvider create(ServiceEnvironment environment, String uri, String profile);

    /** The provider of the default profile file (e.g. from SIROCCO_QOS_PROFILES), or {@code null}. */
    QosProvider defaultProvider(ServiceEnvironment environment);
}
