package io.sirocco.dcps.filter;

import java.util.List;

/**
 * A node of a compiled filter. Nodes are immutable and safe to share between threads; a tree that
 * still contains {@link PendingNode}s is completed by {@link #withParameters(List)}.
 */
abstract class Node {

    /** Evaluates this node against one sample (which may be {@code null}: every field is then missing). */
    abstract boolean test(Object sample);

    /** This node with every parameter placeholder replaced; nodes without parameters return themselves. */
    Node withParameters(List<String> parameters) {
        return this;
    }

    /** Applies {@link #withParameters(List)} to each child, returning {@code null} when nothing changed. */
    static Node[] withParameters(Node[] children, List<String> parameters) {
        Node[] bound = null;
        for (int i = 0; i < children.length; i++) {
            Node child = children[i].withParameters(parameters);
            if (child != children[i]) {
                if (bound == null) {
                    bound = children.clone();
                }
                bound[i] = child;
            }
        }
        return bound;
    }
}
