package io.sirocco.dcps.filter;

import java.util.List;

/** True when any child is true; stops at the first true child. */
final class OrNode extends Node {
    private final Node[] children;

    OrNode(Node... children) {
        this.children = children.clone();
    }

    @Override
    boolean test(Object sample) {
        for (Node child : children) {
            if (child.test(sample)) {
                return true;
            }
        }
        return false;
    }

    @Override
    Node withParameters(List<String> parameters) {
        Node[] bound = Node.withParameters(children, parameters);
        return bound == null ? this : new OrNode(bound);
    }
}
