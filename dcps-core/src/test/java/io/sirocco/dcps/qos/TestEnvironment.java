package io.sirocco.dcps.qos;

import org.omg.dds.core.ServiceEnvironment;

/** A bare environment for tests: policies and QoS only remember it, so no SPI is needed. */
final class TestEnvironment extends ServiceEnvironment {
    @Override
    public ServiceProviderInterface getSPI() {
        throw new UnsupportedOperationException("test environment has no SPI");
    }
}
