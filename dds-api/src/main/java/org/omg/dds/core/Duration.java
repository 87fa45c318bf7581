package org.omg.dds.core;

import io.sirocco.dds.spi.Environments;
import java.io.Serializable;
import java.util.concurrent.TimeUnit;

/** TODO */
public abstract class Duration implements Comparable<Duration>, Serializable, DDSObject {

    /** TODO */
    public Duration() {
    }

    /** TODO */
    public static Duration newDuration(long amount, TimeUnit unit, ServiceEnvironment env) {
        return Environments.spi(env).newDuration(amount, unit);
    }

    /** TODO */
    public static Duration infiniteDuration(ServiceEnvironment env) {
        return Environments.spi(env).infiniteDuration();
    }

    /** TODO */
    public static Duration zeroDuration(ServiceEnvironment env) {
        return Environments.spi(env).zeroDuration();
    }

    /** TODO */
    public abstract long getDuration(TimeUnit unit);

    /** TODO */
    public abstract long getRemainder(TimeUnit unit, TimeUnit unit2);

    /** TODO */
    public abstract boolean isZero();

    /** TODO */
    public abstract boolean isInfinite();

    /** TODO */
    public abstract Duration add(Duration duration);

    /** TODO */
    public abstract Duration add(long amount, TimeUnit unit);

    /** TODO */
    public abstract Duration subtract(Duration duration);

    /** TODO */
    public abstract Duration subtract(long amount, TimeUnit unit);
}
