package io.sirocco.dcps.qos;

import org.omg.dds.core.ServiceEnvironment;
import org.omg.dds.core.policy.EntityFactory;

/** Sirocco's {@link EntityFactory}: whether the entities a factory creates start enabled. */
public final class EntityFactoryPolicy implements EntityFactory {
    private static final long serialVersionUID = 1L;

    private final transient ServiceEnvironment environment;
    private final boolean autoEnableCreatedEntities;

    private EntityFactoryPolicy(ServiceEnvironment environment, boolean autoEnableCreatedEntities) {
        this.environment = environment;
        this.autoEnableCreatedEntities = autoEnableCreatedEntities;
    }

    /** The policy with the given setting. */
    public static EntityFactoryPolicy of(ServiceEnvironment env, boolean autoEnableCreatedEntities) {
        return new EntityFactoryPolicy(Args.env(env), autoEnableCreatedEntities);
    }

    @Override
    public boolean isAutoEnableCreatedEntities() {
        return autoEnableCreatedEntities;
    }

    @Override
    public EntityFactoryPolicy withAutoEnableCreatedEntities(boolean newValue) {
        return new EntityFactoryPolicy(environment, newValue);
    }

    @Override
    public ServiceEnvironment getEnvironment() {
        return environment;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof EntityFactoryPolicy that
                && autoEnableCreatedEntities == that.autoEnableCreatedEntities;
    }

    @Override
    public int hashCode() {
        return Boolean.hashCode(autoEnableCreatedEntities);
    }

    @Override
    public String toString() {
        return "EntityFactory[autoEnableCreatedEntities=" + autoEnableCreatedEntities + "]";
    }
}
