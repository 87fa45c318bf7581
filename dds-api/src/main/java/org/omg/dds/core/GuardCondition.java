package org.omg.dds.core;

import io.sirocco.dds.spi.Environments;
/**
 * A condition whose trigger value is entirely under the application's control. It is typically
 * used to wake up a thread blocked in a {@link WaitSet}, for instance to ask it to stop.
 */
public abstract class GuardCondition implements Condition {

    /** For implementations only; applications call {@link #newGuardCondition(ServiceEnvironment)}. */
    public GuardCondition() {
    }

    /**
     * Creates a guard condition whose trigger value is initially {@code false}.
     *
     * @param env the environment of the implementation to use
     * @throws IllegalArgumentException if {@code env} is {@code null}
     */
    public static GuardCondition newGuardCondition(ServiceEnvironment env) {
        return Environments.spi(env).newGuardCondition();
    }

    /**
     * Sets the trigger value; setting it to {@code true} wakes up the wait sets this condition is
     * attached to.
     *
     * @param triggerValue the new trigger value
     */
    public abstract void setTriggerValue(boolean triggerValue);
}
