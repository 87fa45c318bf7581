package io.sirocco.dcps.type.builtin;

import java.util.Objects;
import org.omg.dds.core.ServiceEnvironment;
import org.omg.dds.type.builtin.KeyedString;

/** Sirocco's {@link KeyedString}: two strings, never {@code null} (a {@code null} argument sets ""). */
public final class KeyedStringSample extends KeyedString {
    private static final long serialVersionUID = 1L;

    private final transient ServiceEnvironment environment;
    private String key = "";
    private String value = "";

    /** An empty sample of {@code environment} (may be {@code null} for samples made outside any environment). */
    public KeyedStringSample(ServiceEnvironment environment) {
        this.environment = environment;
    }

    @Override
    public ServiceEnvironment getEnvironment() {
        return environment;
    }

    @Override
    public KeyedStringSample setKey(CharSequence key) {
        this.key = key == null ? "" : key.toString();
        return this;
    }

    @Override
    public String getKey() {
        return key;
    }

    @Override
    public KeyedStringSample setValue(CharSequence value) {
        this.value = value == null ? "" : value.toString();
        return this;
    }

    @Override
    public String getValue() {
        return value;
    }

    @Override
    public void copyFrom(KeyedString source) {
        setKey(source.getKey());
        setValue(source.getValue());
    }

    @Override
    public KeyedStringSample clone() {
        return new KeyedStringSample(environment).setKey(key).setValue(value);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof KeyedStringSample s && key.equals(s.key) && value.equals(s.value);
    }

    @Override
    public int hashCode() {
        return Objects.hash(key, value);
    }

    @Override
    public String toString() {
        return "KeyedString[key=" + key + ", value=" + value + "]";
    }
}
