package io.sirocco.dcps.qos.xml;

import io.sirocco.dcps.core.QosProviderFactory;
import java.util.Map;
import java.util.WeakHashMap;
import org.omg.dds.core.QosProvider;
import org.omg.dds.core.ServiceEnvironment;

/**
 * Plugs DDS-XML profiles into Sirocco: registered for {@link java.util.ServiceLoader} as the
 * {@link QosProviderFactory}, it backs {@code QosProvider.newQosProvider}, {@code Entity.setQos(library,
 * profile)} and the default QoS taken from the default profile file. Each environment has its own
 * {@link ProfileRegistry}, so documents opened in one environment are not seen by another.
 */
public final class XmlQosProviderFactory implements QosProviderFactory {
    private final Map<ServiceEnvironment, ProfileRegistry> registries = new WeakHashMap<>();

    /** For {@link java.util.ServiceLoader}. */
    public XmlQosProviderFactory() {
    }

    @Override
    public QosProvider create(ServiceEnvironment environment, String uri, String profile) {
        return registry(environment).open(environment, uri, profile);
    }

    @Override
    public QosProvider defaultProvider(ServiceEnvironment environment) {
        return registry(environment).defaultProvider(environment);
    }

    private synchronized ProfileRegistry registry(ServiceEnvironment environment) {
        if (environment == null) {
            throw new IllegalArgumentException("environment must not be null");
        }
        return registries.computeIfAbsent(environment, e -> new ProfileRegistry(DefaultProfileFiles.system()));
    }
}
