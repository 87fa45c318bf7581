package io.sirocco.dds.qos;

import org.omg.dds.core.ServiceEnvironment;

/** Argument checks shared by the extension policies: a null names the argument. */
final class PolicyArguments {
    private PolicyArguments() {
    }

    static ServiceEnvironment requireEnvironment(ServiceEnvironment env) {
        return require(env, "env");
    }

    static <T> T require(T value, String name) {
        if (value == null) {
            throw new IllegalArgumentException(name + " must not be null");
        }
        return value;
    }
}
