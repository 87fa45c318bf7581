package io.sirocco.dcps.filter;

import java.util.List;

/** Inverts its child. */
final class NotNode extends Node {
    private final Node child;

    NotNode(Node child) {
        this.child = child;
    }

    @Override
    boolean test(Object sample) {
        return !child.test(sample);
    }

    @Override
    Node withParameters(List<String> parameters) {
        Node bound = child.withParameters(parameters);
        return bound == child ? this : new NotNode(bound);
    }
}
