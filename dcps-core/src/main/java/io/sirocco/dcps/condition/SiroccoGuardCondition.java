package io.sirocco.dcps.condition;

import org.omg.dds.core.GuardCondition;
import org.omg.dds.core.ServiceEnvironment;

/** A condition whose trigger value the application sets, e.g. to wake a thread blocked in a wait set. */
public final class SiroccoGuardCondition extends GuardCondition implements AttachableCondition {
    private final ServiceEnvironment environment;
    private final WaitSetLinks links = new WaitSetLinks();
    private volatile boolean triggered;

    public SiroccoGuardCondition(ServiceEnvironment environment) {
        this.environment = environment;
    }

    @Override
    public void setTriggerValue(boolean triggerValue) {
        triggered = triggerValue;
        if (triggerValue) {
            links.signal();
        }
    }

    @Override
    public boolean getTriggerValue() {
        return triggered;
    }

    @Override
    public WaitSetLinks waitSetLinks() {
        return links;
    }

    @Override
    public ServiceEnvironment getEnvironment() {
        return environment;
    }

    @Override
    public String toString() {
        return "GuardCondition[" + triggered + "]";
    }
}
