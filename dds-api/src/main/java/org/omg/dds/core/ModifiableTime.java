package org.omg.dds.core;

import java.util.concurrent.TimeUnit;

/** TODO */
public abstract class ModifiableTime extends Time {

    /** TODO */
    public ModifiableTime() {
    }

    /** TODO */
    public abstract void copyFrom(Time time);

    /** TODO */
    public abstract Time immutableCopy();

    /** TODO */
    public abstract void setTime(long amount, TimeUnit unit);

    /** TODO */
    public abstract void add(Duration duration);

    /** TODO */
    public abstract void add(long amount, TimeUnit unit);

    /** TODO */
    public abstract void subtract(Duration duration);

    /** TODO */
    public abstract void subtract(long amount, TimeUnit unit);
}
