package io.sirocco.dds.testenv;

import org.omg.dds.core.ServiceEnvironment;

/** An implementation named explicitly through {@code org.omg.dds.serviceClassName}. */
public final class OtherVendorServiceEnvironment extends ServiceEnvironment {
    @Override
    public ServiceProviderInterface getSPI() {
        throw new UnsupportedOperationException("test environment");
    }
}
