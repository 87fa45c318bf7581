package org.omg.dds.core;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.omg.dds.core.policy.PolicyFactory;
import org.omg.dds.core.status.Status;
import org.omg.dds.domain.DomainParticipantFactory;
import org.omg.dds.type.TypeSupport;
import org.omg.dds.type.builtin.KeyedBytes;
import org.omg.dds.type.builtin.KeyedString;
import org.omg.dds.type.dynamic.DynamicDataFactory;
import org.omg.dds.type.dynamic.DynamicTypeFactory;

/**
 * The root of a DDS implementation: every other object of the API is created, directly or
 * indirectly, from one of these.
 *
 * <p><b>Choosing the implementation.</b> {@link #createInstance(ClassLoader)} follows the PSM: the
 * system property {@value #IMPLEMENTATION_CLASS_NAME_PROPERTY} names the implementation class.
 * Sirocco adds two conveniences, so that programs run without configuration:
 * <ul>
 *   <li>When the property is not set, the implementation registered as a
 *       {@link java.util.ServiceLoader} provider of this class is used (Sirocco's, when
 *       {@code sirocco-dcps-core} is on the class path).</li>
 *   <li>When the property names a class that cannot be found (for example OpenSplice's
 *       {@code org.opensplice.dds.core.OsplServiceEnvironment}) and a registered provider exists,
 *       that provider is used and a single warning names the class that was asked for. Set the
 *       system property {@code sirocco.serviceFallback} (or the environment
 *       variable {@code SIROCCO_SERVICE_FALLBACK}) to {@code false} to get a
 *       {@link ServiceConfigurationException} instead.</li>
 * </ul>
 */
public abstract class ServiceEnvironment implements DDSObject {

    /** The system property that names the implementation class to instantiate. */
    public static final String IMPLEMENTATION_CLASS_NAME_PROPERTY = "org.omg.dds.serviceClassName";

    /** For implementations only; applications call {@link #createInstance(ClassLoader)}. */
    public ServiceEnvironment() {
    }

    /**
     * Creates an environment of the implementation named by the system property
     * {@value #IMPLEMENTATION_CLASS_NAME_PROPERTY}, or of the registered provider (see the class
     * comment).
     *
     * @param classLoader the loader to find the implementation with; {@code null} means the
     *        calling thread's context class loader
     * @throws ServiceConfigurationException if no implementation can be found or instantiated
     * @throws ServiceInitializationException if the implementation fails while starting
     */
    public static ServiceEnvironment createInstance(ClassLoader classLoader) {
        return createInstance(IMPLEMENTATION_CLASS_NAME_PROPERTY, null, classLoader);
    }

    /**
     * Creates an environment of the implementation named by the system property
     * {@code implClassNameProperty}. The implementation's constructor taking a
     * {@code Map<String, Object>} receives {@code environment}; without one, its no-argument
     * constructor is used.
     *
     * @param implClassNameProperty the system property that holds the implementation class name
     * @param environment implementation-specific settings, may be {@code null}
     * @param classLoader the loader to find the implementation with; {@code null} means the
     *        calling thread's context class loader
     * @throws IllegalArgumentException if {@code implClassNameProperty} is {@code null} or empty
     * @throws ServiceConfigurationException if no implementation can be found or instantiated
     * @throws ServiceInitializationException if the implementation fails while starting
     */
    public static ServiceEnvironment createInstance(
            String implClassNameProperty, Map<String, Object> environment, ClassLoader classLoader) {
        return ServiceEnvironmentLoader.load(implClassNameProperty, environment, classLoader);
    }

    /** The factory methods that back the static {@code newXxx(..., env)} methods of the API. */
    public abstract ServiceEnvironment.ServiceProviderInterface getSPI();

    /** An environment is its own environment. */
    public final ServiceEnvironment getEnvironment() {
        return this;
    }

    /**
     * What an implementation provides to the API's static factories. Applications use the
     * static methods ({@code Duration.newDuration(...)}, {@code WaitSet.newWaitSet(...)}, ...)
     * rather than calling this interface.
     */
    public interface ServiceProviderInterface {

        /** The one participant factory of this environment. */
        DomainParticipantFactory getParticipantFactory();

        /** The factory of dynamic types. */
        DynamicTypeFactory getTypeFactory();

        /**
         * Type support for {@code type}, registered under {@code registeredName}; a {@code null}
         * name asks for the implementation's default name for the class.
         */
        <TYPE> TypeSupport<TYPE> newTypeSupport(Class<TYPE> type, String registeredName);

        /** A duration of {@code duration} {@code unit}s. */
        Duration newDuration(long duration, TimeUnit unit);

        /** The duration that never ends. */
        Duration infiniteDuration();

        /** The zero-length duration. */
        Duration zeroDuration();

        /** A modifiable time {@code time} {@code unit}s after the epoch. */
        ModifiableTime newTime(long time, TimeUnit unit);

        /** The time value that stands for "no time". */
        Time invalidTime();

        /** A new modifiable handle, initially nil. */
        ModifiableInstanceHandle newInstanceHandle();

        /** The handle that refers to nothing. */
        InstanceHandle nilHandle();

        /** A new guard condition, initially not triggered. */
        GuardCondition newGuardCondition();

        /** A new, empty wait set. */
        WaitSet newWaitSet();

        /** Every status class this implementation supports. */
        Set<Class<? extends Status>> allStatusKinds();

        /** The empty status set. */
        Set<Class<? extends Status>> noStatusKinds();

        /** A QoS provider reading profiles from {@code uri}, starting at {@code profile}. */
        QosProvider newQosProvider(String uri, String profile);

        /** The factory of QoS policies with their default values. */
        PolicyFactory getPolicyFactory();

        /** The factory of dynamic data samples. */
        DynamicDataFactory getDynamicDataFactory();

        /** A new, empty keyed string sample. */
        KeyedString newKeyedString();

        /** A new, empty keyed bytes sample. */
        KeyedBytes newKeyedBytes();
    }
}
