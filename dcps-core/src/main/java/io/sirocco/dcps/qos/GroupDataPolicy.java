package io.sirocco.dcps.qos;

import java.util.Arrays;
import org.omg.dds.core.ServiceEnvironment;
import org.omg.dds.core.policy.GroupData;

/**
 * Sirocco's {@link GroupData}: opaque application bytes attached to a publisher or subscriber and
 * carried by discovery. The bytes are copied on the way in and on the way out, so neither the
 * caller's array nor the one returned by {@link #getValue()} can change the policy.
 */
public final class GroupDataPolicy implements GroupData {
    private static final long serialVersionUID = 1L;
    private static final byte[] EMPTY = new byte[0];

    private final transient ServiceEnvironment environment;
    private final byte[] value;

    private GroupDataPolicy(ServiceEnvironment environment, byte[] value) {
        this.environment = environment;
        this.value = value;
    }

    /** The policy holding a copy of {@code value}. */
    public static GroupDataPolicy of(ServiceEnvironment env, byte[] value) {
        Args.env(env);
        return new GroupDataPolicy(env, Args.copyRange(value, 0, Args.require(value, "value").length));
    }

    /** The policy holding no bytes, the default. */
    public static GroupDataPolicy empty(ServiceEnvironment env) {
        return new GroupDataPolicy(Args.env(env), EMPTY);
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
    public GroupDataPolicy withValue(byte[] newValue, int offset, int length) {
        return new GroupDataPolicy(environment, Args.copyRange(newValue, offset, length));
    }

    @Override
    public ServiceEnvironment getEnvironment() {
        return environment;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof GroupDataPolicy that && Arrays.equals(value, that.value);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(value);
    }

    @Override
    public String toString() {
        return "GroupData[" + Args.hex(value) + "]";
    }
}
