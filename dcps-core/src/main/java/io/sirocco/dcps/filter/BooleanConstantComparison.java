package io.sirocco.dcps.filter;

/** {@code field = TRUE}, {@code field <> FALSE} and so on; booleans have no order. */
final class BooleanConstantComparison extends Node {
    private final BooleanReader field;
    private final boolean expectEqual;
    private final boolean constant;

    BooleanConstantComparison(BooleanReader field, RelOp op, boolean constant) {
        this.field = field;
        this.expectEqual = op == RelOp.EQ;
        this.constant = constant;
    }

    @Override
    boolean test(Object sample) {
        Object owner = field.owner(sample);
        return owner != null && (field.read(owner) == constant) == expectEqual;
    }
}
