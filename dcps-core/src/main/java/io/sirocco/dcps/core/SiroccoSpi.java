package io.sirocco.dcps.core;

import io.sirocco.dcps.condition.SiroccoGuardCondition;
import io.sirocco.dcps.condition.SiroccoWaitSet;
import io.sirocco.dcps.entity.StatusKind;
import io.sirocco.dcps.type.SiroccoTypeSupport;
import io.sirocco.dcps.type.builtin.KeyedBytesSample;
import io.sirocco.dcps.type.builtin.KeyedStringSample;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.omg.dds.core.Duration;
import org.omg.dds.core.GuardCondition;
import org.omg.dds.core.InstanceHandle;
import org.omg.dds.core.ModifiableInstanceHandle;
import org.omg.dds.core.ModifiableTime;
import org.omg.dds.core.QosProvider;
import org.omg.dds.core.ServiceEnvironment;
import org.omg.dds.core.Time;
import org.omg.dds.core.WaitSet;
import org.omg.dds.core.policy.PolicyFactory;
import org.omg.dds.core.status.Status;
import org.omg.dds.domain.DomainParticipantFactory;
import org.omg.dds.type.TypeSupport;
import org.omg.dds.type.builtin.KeyedBytes;
import org.omg.dds.type.builtin.KeyedString;
import org.omg.dds.type.dynamic.DynamicDataFactory;
import org.omg.dds.type.dynamic.DynamicTypeFactory;

/** The factory methods behind the API's static {@code newXxx(..., env)} methods. */
final class SiroccoSpi implements ServiceEnvironment.ServiceProviderInterface {
    /** Said wherever the dynamic type API is reached: it is not implemented yet. */
    static final String NO_DYNAMIC_TYPES = "Dynamic types (DynamicType/DynamicData) are not supported by Sirocco "
            + "yet: use annotated Java classes or IDL-generated types";

    private final SiroccoServiceEnvironment environment;
    private final Duration infinite;
    private final Duration zero;
    private final Time invalid;
    private final InstanceHandle nil;

    SiroccoSpi(SiroccoServiceEnvironment environment) {
        this.environment = environment;
        this.infinite = new NanoDuration(environment, NanoDuration.INFINITE_NANOS);
        this.zero = new NanoDuration(environment, 0);
        this.invalid = new NanoTime(environment, NanoTime.INVALID_NANOS);
        this.nil = new LongInstanceHandle(environment, Handles.NIL);
    }

    @Override
    public DomainParticipantFactory getParticipantFactory() {
        return environment.participantFactory();
    }

    @Override
    public DynamicTypeFactory getTypeFactory() {
        throw new UnsupportedOperationException(NO_DYNAMIC_TYPES);
    }

    @Override
    public <TYPE> TypeSupport<TYPE> newTypeSupport(Class<TYPE> type, String registeredName) {
        return SiroccoTypeSupport.create(environment, type, registeredName);
    }

    @Override
    public Duration newDuration(long duration, TimeUnit unit) {
        return NanoDuration.of(environment, duration, unit);
    }

    @Override
    public Duration infiniteDuration() {
        return infinite;
    }

    @Override
    public Duration zeroDuration() {
        return zero;
    }

    @Override
    public ModifiableTime newTime(long time, TimeUnit unit) {
        if (unit == null) {
            throw new IllegalArgumentException("unit must not be null");
        }
        return new ModifiableNanoTime(environment, unit.toNanos(time));
    }

    @Override
    public Time invalidTime() {
        return invalid;
    }

    @Override
    public ModifiableInstanceHandle newInstanceHandle() {
        return new ModifiableLongInstanceHandle(environment, Handles.NIL);
    }

    @Override
    public InstanceHandle nilHandle() {
        return nil;
    }

    @Override
    public GuardCondition newGuardCondition() {
        return new SiroccoGuardCondition(environment);
    }

    @Override
    public WaitSet newWaitSet() {
        return new SiroccoWaitSet(environment);
    }

    @Override
    public Set<Class<? extends Status>> allStatusKinds() {
        return StatusKind.classesOf(StatusKind.ALL_MASK);
    }

    @Override
    public Set<Class<? extends Status>> noStatusKinds() {
        return Set.of();
    }

    @Override
    public QosProvider newQosProvider(String uri, String profile) {
        return environment.newQosProvider(uri, profile);
    }

    @Override
    public PolicyFactory getPolicyFactory() {
        return environment.policyFactory();
    }

    @Override
    public DynamicDataFactory getDynamicDataFactory() {
        throw new UnsupportedOperationException(NO_DYNAMIC_TYPES);
    }

    @Override
    public KeyedString newKeyedString() {
        return new KeyedStringSample(environment);
    }

    @Override
    public KeyedBytes newKeyedBytes() {
        return new KeyedBytesSample(environment);
    }
}
