package org.omg.dds.core;

import io.sirocco.dds.spi.Environments;
/** TODO */
public abstract class GuardCondition implements Condition {

    /** TODO */
    public GuardCondition() {
    }

    /** TODO */
    public static GuardCondition newGuardCondition(ServiceEnvironment env) {
        return Environments.spi(env).newGuardCondition();
    }

    /** TODO */
    public abstract void setTriggerValue(boolean value);
}
