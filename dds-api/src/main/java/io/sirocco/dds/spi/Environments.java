package io.sirocco.dds.spi;

import org.omg.dds.core.ServiceEnvironment;

/**
 * Shared argument checks for the static factories of the {@code org.omg.dds} API.
 *
 * <p>Every static factory of the PSM ({@code Duration.newDuration}, {@code WaitSet.newWaitSet}, ...)
 * takes the {@link ServiceEnvironment} that owns the new object; this helper turns a missing
 * environment into an {@link IllegalArgumentException} that names the argument instead of a
 * {@link NullPointerException} deep inside the implementation.
 */
public final class Environments {
    private Environments() {
    }

    /**
     * Returns the provider interface of {@code env}.
     *
     * @throws IllegalArgumentException if {@code env} is {@code null}
     */
    public static ServiceEnvironment.ServiceProviderInterface spi(ServiceEnvironment env) {
        if (env == null) {
            throw new IllegalArgumentException("env must not be null: pass the ServiceEnvironment that "
                    + "ServiceEnvironment.createInstance(...) returned");
        }
        return env.getSPI();
    }
}
