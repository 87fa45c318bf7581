package io.sirocco.dcps.filter;

import java.util.List;
import java.util.function.Function;

/**
 * A comparison whose constant is a {@code %n} parameter. Binding has already resolved the field and
 * checked the operator; only converting the parameter string and choosing the concrete node wait for
 * {@link #withParameters(List)}.
 */
final class PendingNode extends Node {
    private final Function<List<String>, Node> factory;

    PendingNode(Function<List<String>, Node> factory) {
        this.factory = factory;
    }

    @Override
    boolean test(Object sample) {
        throw new IllegalStateException("filter parameters have not been supplied");
    }

    @Override
    Node withParameters(List<String> parameters) {
        return factory.apply(parameters);
    }
}
