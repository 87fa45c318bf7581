package io.sirocco.dcps.filter;

/** {@code field = field} or {@code field <> field} on booleans. */
final class BooleanFieldComparison extends Node {
    private final BooleanReader left;
    private final boolean expectEqual;
    private final BooleanReader right;

    BooleanFieldComparison(BooleanReader left, RelOp op, BooleanReader right) {
        this.left = left;
        this.expectEqual = op == RelOp.EQ;
        this.right = right;
    }

    @Override
    boolean test(Object sample) {
        Object leftOwner = left.owner(sample);
        if (leftOwner == null) {
            return false;
        }
        Object rightOwner = right.owner(sample);
        return rightOwner != null && (left.read(leftOwner) == right.read(rightOwner)) == expectEqual;
    }
}
