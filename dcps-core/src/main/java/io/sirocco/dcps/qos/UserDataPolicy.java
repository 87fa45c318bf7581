package io.sirocco.dcps.qos;

import java.util.Arrays;
import org.omg.dds.core.ServiceEnvironment;
import org.omg.dds.core.policy.UserData;

/**
 * Sirocco's {@link UserData}: opaque application bytes attached to a participant, writer or reader
 * and carried by discovery. The bytes are copied on the way in and on the way out, so neither the
 * caller's array nor the one returned by {@link #getValue()} can change the policy.
 */
public final class UserDataPolicy implements UserData {
    private static final long serialVersionUID = 1L;
    private static final byte[] EMPTY = new byte[0];

    private final transient ServiceEnvironment environment;
    private final byte[] value;

    private UserDataPolicy(ServiceEnvironment environment, byte[] value) {
        this.environment = environment;
        this.value = value;
    }

    /** The policy holding a copy of {@code value}. */
    public static UserDataPolicy of(ServiceEnvironment env, byte[] value) {
        Args.env(env);
        return new UserDataPolicy(env, Args.copyRange(value, 0, Args.require(value, "value").length));
    }

    /** The policy holding no bytes, the default. */
    public static UserDataPolicy empty(ServiceEnvironment env) {
        return new UserDataPolicy(Args.env(env), EMPTY);
    }

    /** A copy of the bytes. */
    @Override
    public byte[] getValue() {
        return value.clone();
    }

    /** The number of bytes held, without copying them. */
    public int length() {
        return value.length;
    }

    @Override
    public UserDataPolicy withValue(byte[] newValue, int offset, int length) {
        return new UserDataPolicy(environment, Args.copyRange(newValue, offset, length));
    }

    @Override
    public ServiceEnvironment getEnvironment() {
        return environment;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof UserDataPolicy that && Arrays.equals(value, that.value);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(value);
    }

    @Override
    public String toString() {
        return "UserData[" + Args.hex(value) + "]";
    }
}
