package io.sirocco.dcps.filter;

/** {@code field op field} where both read as {@code long}. */
final class LongFieldComparison extends Node {
    private final LongReader left;
    private final RelOp op;
    private final LongReader right;

    LongFieldComparison(LongReader left, RelOp op, LongReader right) {
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
        return rightOwner != null && op.accepts(Long.compare(left.read(leftOwner), right.read(rightOwner)));
    }
}
