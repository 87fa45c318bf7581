package io.sirocco.dcps.type;

import org.omg.dds.core.ServiceEnvironment;

/** A bare environment for tests that only need an identity. */
public final class TestEnvironment extends ServiceEnvironment {
    @Override
    public ServiceProviderInterface getSPI() {
        throw new UnsupportedOperationException("test environment");
    }
}
