package io.sirocco.dcps.filter;

import java.util.List;

/** True when every child is true; stops at the first false child. */
final class AndNode extends Node {
    private final Node[] children;

    AndNode(Node... children) {
        this.children = children.clone();
    }

    @Override
    boolean test(Object sample) {
        for (Node child : children) {
            if (!child.test(sample)) {
                return false;
            }
        }
        return true;
    }

    @Override
    Node withParameters(List<String> parameters) {
        Node[] bound = Node.withParameters(children, parameters);
        return bound == null ? this : new AndNode(bound);
    }
}
