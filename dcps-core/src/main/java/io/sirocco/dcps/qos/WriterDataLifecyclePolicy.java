package io.sirocco.dcps.qos;

import org.omg.dds.core.ServiceEnvironment;
import org.omg.dds.core.policy.WriterDataLifecycle;

/**
 * Sirocco's {@link WriterDataLifecycle}: whether unregistering an instance also disposes it. The
 * accessor names keep the OMG API's spelling ({@code Aut}).
 */
public final class WriterDataLifecyclePolicy implements WriterDataLifecycle {
    private static final long serialVersionUID = 1L;

    private final transient ServiceEnvironment environment;
    private final boolean autoDisposeUnregisteredInstances;

    private WriterDataLifecyclePolicy(ServiceEnvironment environment, boolean autoDisposeUnregisteredInstances) {
        this.environment = environment;
        this.autoDisposeUnregisteredInstances = autoDisposeUnregisteredInstances;
    }

    /** The policy with the given setting. */
    public static WriterDataLifecyclePolicy of(ServiceEnvironment env, boolean autoDisposeUnregisteredInstances) {
        return new WriterDataLifecyclePolicy(Args.env(env), autoDisposeUnregisteredInstances);
    }

    @Override
    public boolean isAutDisposeUnregisteredInstances() {
        return autoDisposeUnregisteredInstances;
    }

    @Override
    public WriterDataLifecyclePolicy withAutDisposeUnregisteredInstances(boolean newValue) {
        return new WriterDataLifecyclePolicy(environment, newValue);
    }

    @Override
    public ServiceEnvironment getEnvironment() {
        return environment;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof WriterDataLifecyclePolicy that
                && autoDisposeUnregisteredInstances == that.autoDisposeUnregisteredInstances;
    }

    @Override
    public int hashCode() {
        return Boolean.hashCode(autoDisposeUnregisteredInstances);
    }

    @Override
    public String toString() {
        return "WriterDataLifecycle[autoDisposeUnregisteredInstances=" + autoDisposeUnregisteredInstances + "]";
    }
}
