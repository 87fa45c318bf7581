package org.omg.dds.core;

import io.sirocco.dds.spi.Environments;
import java.io.Serializable;
import java.util.concurrent.TimeUnit;

/** TODO */
public abstract class Time implements Comparable<Time>, Serializable, DDSObject {

    /** TODO */
    public Time() {
    }

    /** TODO */
    public static ModifiableTime newTime(long amount, TimeUnit unit, ServiceEnvironment env) {
        return Environments.spi(env).newTime(amount, unit);
    }

    /** TODO */
    public static Time invalidTime(ServiceEnvironment env) {
        return Environments.spi(env).invalidTime();
    }

    /** TODO */
    public abstract long getTime(TimeUnit unit);

    /** TODO */
    public abstract long getRemainder(TimeUnit unit, TimeUnit unit2);

    /** TODO */
    public abstract boolean isValid();

    /** TODO */
    public abstract ModifiableTime modifiableCopy();
}
