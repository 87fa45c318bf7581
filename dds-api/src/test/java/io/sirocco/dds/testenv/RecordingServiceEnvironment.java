package io.sirocco.dds.testenv;

import java.lang.reflect.Proxy;
import java.util.Map;
import org.omg.dds.core.ServiceEnvironment;

/**
 * A stand-in implementation for dds-api's own tests: registered as the {@code ServiceLoader}
 * provider (as Sirocco's real environment is in dcps-core) and recording the settings map it was
 * constructed with. Its SPI answers nothing.
 */
public final class RecordingServiceEnvironment extends ServiceEnvironment {
    private final Map<String, Object> settings;

    public RecordingServiceEnvironment() {
        this(null);
    }

    public RecordingServiceEnvironment(Map<String, Object> settings) {
        this.settings = settings;
    }

    public Map<String, Object> settings() {
        return settings;
    }

    @Override
    public ServiceProviderInterface getSPI() {
        return (ServiceProviderInterface) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {ServiceProviderInterface.class}, (proxy, method, args) -> {
                    throw new UnsupportedOperationException("test environment: " + method.getName());
                });
    }
}
