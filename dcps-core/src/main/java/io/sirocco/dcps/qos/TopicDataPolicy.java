package io.sirocco.dcps.qos;

import java.util.Arrays;
import org.omg.dds.core.ServiceEnvironment;
import org.omg.dds.core.policy.TopicData;

/**
 * Sirocco's {@link TopicData}: opaque application bytes attached to a topic and carried by
 * discovery. The bytes are copied on the way in and on the way out, so neither the caller's array
 * nor the one returned by {@link #getValue()} can change the policy.
 */
public final class TopicDataPolicy implements TopicData {
    private static final long serialVersionUID = 1L;
    private static final byte[] EMPTY = new byte[0];

    private final transient ServiceEnvironment environment;
    private final byte[] value;

    private TopicDataPolicy(ServiceEnvironment environment, byte[] value) {
        this.environment = environment;
        this.value = value;
    }

    /** The policy holding a copy of {@code value}. */
    public static TopicDataPolicy of(ServiceEnvironment env, byte[] value) {
        Args.env(env);
        return new TopicDataPolicy(env, Args.copyRange(value, 0, Args.require(value, "value").length));
    }

    /** The policy holding no bytes, the default. */
    public static TopicDataPolicy empty(ServiceEnvironment env) {
        return new TopicDataPolicy(Args.env(env), EMPTY);
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
    public TopicDataPolicy withValue(byte[] newValue, int offset, int length) {
        return new TopicDataPolicy(environment, Args.copyRange(newValue, offset, length));
    }

    @Override
    public ServiceEnvironment getEnvironment() {
        return environment;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TopicDataPolicy that && Arrays.equals(value, that.value);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(value);
    }

    @Override
    public String toString() {
        return "TopicData[" + Args.hex(value) + "]";
    }
}
