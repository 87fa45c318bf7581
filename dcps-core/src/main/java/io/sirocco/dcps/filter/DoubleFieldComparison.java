package io.sirocco.dcps.filter;

/** {@code field op field} where at least one side is floating-point, both widened to {@code double}. */
final class DoubleFieldComparison extends Node {
    private final DoubleReader left;
    private final RelOp op;
    private final DoubleReader right;

    DoubleFieldComparison(DoubleReader left, RelOp op, DoubleReader right) {
        this.left = left;
        this.op = op;
        this.right = right;
    }

    @Override
    boolean test(Object sample) {
        Object leftOwner = left.owner(sample);
        if (leftOwner == null) {
            return false;
        }
        Object rightOwner = right.owner(sample);
        return rightOwner != null
                && DoubleConstantComparison.compare(op, left.read(leftOwner), right.read(rightOwner));
    }
}
