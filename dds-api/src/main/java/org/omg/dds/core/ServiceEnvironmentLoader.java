package org.omg.dds.core;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Finds and instantiates the implementation behind {@link ServiceEnvironment#createInstance}.
 *
 * <p>Order: the class named by the implementation property, when it is set and loadable; else
 * the registered {@link ServiceLoader} provider (Sirocco's preferred when several are
 * registered). A named class that cannot be found falls back to the provider with one warning,
 * unless the fallback is switched off.
 */
final class ServiceEnvironmentLoader {
    /** System property that switches the fallback off when set to {@code false}. */
    static final String FALLBACK_PROPERTY = "sirocco.serviceFallback";
    /** Environment variable with the same meaning as {@link #FALLBACK_PROPERTY}. */
    static final String FALLBACK_VARIABLE = "SIROCCO_SERVICE_FALLBACK";

    private static final System.Logger LOG = System.getLogger(ServiceEnvironment.class.getName());
    private static final String SIROCCO_PACKAGE_PREFIX = "io.sirocco.";
    /** Requested class names already warned about: the warning is given once per name. */
    private static final Set<String> WARNED = ConcurrentHashMap.newKeySet();

    private ServiceEnvironmentLoader() {
    }

    static ServiceEnvironment load(
            String implClassNameProperty, Map<String, Object> environment, ClassLoader classLoader) {
        if (implClassNameProperty == null || implClassNameProperty.isEmpty()) {
            throw new IllegalArgumentException("implClassNameProperty must name a system property, e.g. "
                    + ServiceEnvironment.IMPLEMENTATION_CLASS_NAME_PROPERTY);
        }
        ClassLoader loader = classLoader != null ? classLoader : defaultClassLoader();
        String requested = System.getProperty(implClassNameProperty);
        if (requested != null && !requested.isBlank()) {
            requested = requested.strip();
            Class<?> named = findClass(requested, loader);
            if (named != null) {
                return instantiate(named, environment);
            }
            Class<?> provider = registeredProvider(loader);
            if (provider == null || !fallbackEnabled()) {
                throw new ServiceConfigurationException("Unable to load a DDS implementation: "
                        + implClassNameProperty + " names " + requested
                        + ", which is not on the class path"
                        + (provider == null ? "" : " (the fallback to " + provider.getName()
                                + " is off: " + FALLBACK_PROPERTY + "=false)"));
            }
            if (WARNED.add(requested)) {
                LOG.log(System.Logger.Level.WARNING, "{0} names {1}, which is not on the class path; "
                        + "using {2} instead. Set -D{3}=false to make this an error.",
                        implClassNameProperty, requested, provider.getName(), FALLBACK_PROPERTY);
            }
            return instantiate(provider, environment);
        }
        Class<?> provider = registeredProvider(loader);
        if (provider == null) {
            throw new ServiceConfigurationException("Unable to load a DDS implementation: none is "
                    + "registered on the class path and the system property " + implClassNameProperty
                    + " is not set. Add io.sirocco:sirocco-dcps-core to the class path, or set -D"
                    + implClassNameProperty + "=<implementation class>.");
        }
        return instantiate(provider, environment);
    }

    private static ClassLoader defaultClassLoader() {
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        return context != null ? context : ServiceEnvironment.class.getClassLoader();
    }

    private static boolean fallbackEnabled() {
        String value = System.getProperty(FALLBACK_PROPERTY);
        if (value == null) {
            value = System.getenv(FALLBACK_VARIABLE);
        }
        return value == null || !value.strip().toLowerCase(Locale.ROOT).equals("false");
    }

    private static Class<?> findClass(String name, ClassLoader loader) {
        try {
            return Class.forName(name, false, loader);
        } catch (ClassNotFoundException e) {
            return null;
        } catch (LinkageError e) {
            throw new ServiceConfigurationException("Unable to load a DDS implementation: " + name
                    + " could not be linked", e);
        }
    }

    /** The registered provider class, Sirocco's first; {@code null} when none is registered. */
    private static Class<?> registeredProvider(ClassLoader loader) {
        List<Class<? extends ServiceEnvironment>> types;
        try {
            types = ServiceLoader.load(ServiceEnvironment.class, loader).stream()
                    .map(ServiceLoader.Provider::type)
                    .toList();
        } catch (java.util.ServiceConfigurationError e) {
            throw new ServiceConfigurationException("Unable to load a DDS implementation: a "
                    + "registered provider of " + ServiceEnvironment.class.getName() + " is broken", e);
        }
        return types.stream()
                .filter(t -> t.getName().startsWith(SIROCCO_PACKAGE_PREFIX))
                .findFirst()
                .or(() -> types.stream().findFirst())
                .orElse(null);
    }

    private static ServiceEnvironment instantiate(Class<?> type, Map<String, Object> environment) {
        String name = type.getName();
        if (!ServiceEnvironment.class.isAssignableFrom(type)) {
            throw new ServiceConfigurationException("Unable to load a DDS implementation: " + name
                    + " is not a " + ServiceEnvironment.class.getName());
        }
        try {
            Constructor<?> withMap = findConstructor(type, Map.class);
            Object created = withMap != null
                    ? withMap.newInstance(environment)
                    : type.getConstructor().newInstance();
            return (ServiceEnvironment) created;
        } catch (NoSuchMethodException e) {
            throw new ServiceConfigurationException("Unable to load a DDS implementation: " + name
                    + " has neither a public (Map<String, Object>) nor a public no-argument constructor", e);
        } catch (InstantiationException | IllegalAccessException e) {
            throw new ServiceConfigurationException("Unable to load a DDS implementation: " + name
                    + " could not be instantiated", e);
        } catch (InvocationTargetException e) {
            throw new ServiceInitializationException("The DDS implementation " + name
                    + " failed while starting: " + e.getCause(), e.getCause());
        } catch (ExceptionInInitializerError e) {
            throw new ServiceInitializationException("The DDS implementation " + name
                    + " failed in its static initialization: " + e.getCause(), e.getCause());
        }
    }

    private static Constructor<?> findConstructor(Class<?> type, Class<?> parameter) {
        try {
            return type.getConstructor(parameter);
        } catch (NoSuchMethodException e) {
            return null;
        }
    }
}
