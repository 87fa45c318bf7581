package org.omg.dds.core;

import io.sirocco.dds.spi.Environments;
import java.util.Collection;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** TODO */
public abstract class WaitSet implements DDSObject {

    /** TODO */
    public WaitSet() {
    }

    /** TODO */
    public static WaitSet newWaitSet(ServiceEnvironment env) {
        return Environments.spi(env).newWaitSet();
    }

    /** TODO */
    public abstract void waitForConditions();

    /** TODO */
    public abstract void waitForConditions(Collection<Condition> collection);

    /** TODO */
    public abstract void waitForConditions(Duration duration) throws TimeoutException;

    /** TODO */
    public abstract void waitForConditions(long amount, TimeUnit unit) throws TimeoutException;

    /** TODO */
    public abstract void waitForConditions(Collection<Condition> collection, Duration duration) throws TimeoutException;

    /** TODO */
    public abstract void waitForConditions(Collection<Condition> collection, long amount, TimeUnit unit) throws TimeoutException;

    /** TODO */
    public abstract void attachCondition(Condition condition);

    /** TODO */
    public abstract void detachCondition(Condition condition);

    /** TODO */
    public abstract Collection<Condition> getConditions();
}
