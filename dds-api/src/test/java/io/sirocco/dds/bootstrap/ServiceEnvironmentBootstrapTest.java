package io.sirocco.dds.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sirocco.dds.testenv.OtherVendorServiceEnvironment;
import io.sirocco.dds.testenv.RecordingServiceEnvironment;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.omg.dds.core.ServiceConfigurationException;
import org.omg.dds.core.ServiceEnvironment;
import org.omg.dds.core.ServiceInitializationException;

/**
 * How {@link ServiceEnvironment#createInstance} picks the implementation: the spec's system
 * property, Sirocco's zero-configuration default, and the fallback that lets OpenSplice programs
 * (which name OpenSplice's class) run unchanged.
 */
@ResourceLock("system-properties")
class ServiceEnvironmentBootstrapTest {
    private static final String PROPERTY = ServiceEnvironment.IMPLEMENTATION_CLASS_NAME_PROPERTY;
    private static final String FALLBACK = "sirocco.serviceFallback";

    private final List<LogRecord> warnings = new CopyOnWriteArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            if (record.getLevel().intValue() >= Level.WARNING.intValue()) {
                warnings.add(record);
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };
    private final Logger logger = Logger.getLogger(ServiceEnvironment.class.getName());

    @BeforeEach
    void captureWarnings() {
        System.clearProperty(PROPERTY);
        System.clearProperty(FALLBACK);
        logger.addHandler(capture);
    }

    @AfterEach
    void restore() {
        logger.removeHandler(capture);
        System.clearProperty(PROPERTY);
        System.clearProperty(FALLBACK);
    }

    @Test
    void withoutThePropertyTheRegisteredImplementationIsUsed() {
        ServiceEnvironment env = ServiceEnvironment.createInstance(getClass().getClassLoader());
        assertInstanceOf(RecordingServiceEnvironment.class, env);
        assertSame(env, env.getEnvironment());
        assertEquals(List.of(), warnings);
    }

    @Test
    void aNullClassLoaderMeansTheContextClassLoader() {
        assertInstanceOf(RecordingServiceEnvironment.class, ServiceEnvironment.createInstance(null));
    }

    @Test
    void thePropertyNamesTheImplementationWhenItIsOnTheClassPath() {
        System.setProperty(PROPERTY, OtherVendorServiceEnvironment.class.getName());
        assertInstanceOf(OtherVendorServiceEnvironment.class,
                ServiceEnvironment.createInstance(getClass().getClassLoader()));
        assertEquals(List.of(), warnings);
    }

    @Test
    void theSettingsMapReachesAnImplementationThatTakesOne() {
        Map<String, Object> settings = Map.of("domain", 7);
        ServiceEnvironment env = ServiceEnvironment.createInstance(PROPERTY, settings, getClass().getClassLoader());
        assertEquals(settings, ((RecordingServiceEnvironment) env).settings());
    }

    @Test
    void aCustomPropertyNameIsHonoured() {
        System.setProperty("my.dds.impl", OtherVendorServiceEnvironment.class.getName());
        try {
            assertInstanceOf(OtherVendorServiceEnvironment.class,
                    ServiceEnvironment.createInstance("my.dds.impl", null, null));
        } finally {
            System.clearProperty("my.dds.impl");
        }
    }

    @Test
    void anOpenSpliceClassNameFallsBackToSiroccoWithOneWarningNamingIt() {
        String openSplice = "org.opensplice.dds.core.OsplServiceEnvironment";
        System.setProperty(PROPERTY, openSplice);

        ServiceEnvironment first = ServiceEnvironment.createInstance(getClass().getClassLoader());
        ServiceEnvironment second = ServiceEnvironment.createInstance(getClass().getClassLoader());

        assertInstanceOf(RecordingServiceEnvironment.class, first);
        assertInstanceOf(RecordingServiceEnvironment.class, second);
        assertEquals(1, warnings.size(), "one warning for the requested class, however often it is asked for");
        String message = java.text.MessageFormat.format(warnings.get(0).getMessage(),
                warnings.get(0).getParameters());
        assertTrue(message.contains(openSplice), message);
        assertTrue(message.contains(RecordingServiceEnvironment.class.getName()), message);
    }

    @Test
    void theFallbackCanBeSwitchedOff() {
        String missing = "com.example.dds.MissingEnvironment";
        System.setProperty(PROPERTY, missing);
        System.setProperty(FALLBACK, "false");
        ServiceConfigurationException error = assertThrows(ServiceConfigurationException.class,
                () -> ServiceEnvironment.createInstance(getClass().getClassLoader()));
        assertTrue(error.getMessage().contains(missing), error.getMessage());
        assertTrue(error.getMessage().contains(FALLBACK), error.getMessage());
    }

    @Test
    void aClassThatIsNotAServiceEnvironmentIsAConfigurationError() {
        System.setProperty(PROPERTY, String.class.getName());
        ServiceConfigurationException error = assertThrows(ServiceConfigurationException.class,
                () -> ServiceEnvironment.createInstance(getClass().getClassLoader()));
        assertTrue(error.getMessage().contains("java.lang.String"), error.getMessage());
    }

    @Test
    void anImplementationFailingInItsConstructorIsAnInitializationError() {
        System.setProperty(PROPERTY, FailingEnvironment.class.getName());
        ServiceInitializationException error = assertThrows(ServiceInitializationException.class,
                () -> ServiceEnvironment.createInstance(getClass().getClassLoader()));
        assertTrue(error.getMessage().contains("boom"), error.getMessage());
    }

    @Test
    void anEmptyPropertyNameIsRejectedByName() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> ServiceEnvironment.createInstance(null, null, null));
        assertTrue(error.getMessage().contains("implClassNameProperty"), error.getMessage());
    }

    /** An implementation whose constructor fails. */
    public static final class FailingEnvironment extends ServiceEnvironment {
        public FailingEnvironment() {
            throw new IllegalStateException("boom");
        }

        @Override
        public ServiceProviderInterface getSPI() {
            throw new UnsupportedOperationException();
        }
    }
}
