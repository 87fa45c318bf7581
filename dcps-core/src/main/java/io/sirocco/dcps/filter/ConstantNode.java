package io.sirocco.dcps.filter;

/** A fixed answer; {@link #TRUE} is the whole tree of the empty ("accept everything") expression. */
final class ConstantNode extends Node {
    static final ConstantNode TRUE = new ConstantNode(true);

    private final boolean value;

    private ConstantNode(boolean value) {
        this.value = value;
    }

    @Override
    boolean test(Object sample) {
        return value;
    }
}
