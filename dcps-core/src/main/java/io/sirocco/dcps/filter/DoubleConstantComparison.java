package io.sirocco.dcps.filter;

/**
 * {@code field op constant} on floating-point values (or integers compared with a fraction). As in
 * SQL, NaN equals nothing, so only {@code <>} holds for it; {@code -0.0} equals {@code 0.0}.
 */
final class DoubleConstantComparison extends Node {
    private final DoubleReader field;
    private final RelOp op;
    private final double constant;

    DoubleConstantComparison(DoubleReader field, RelOp op, double constant) {
        this.field = field;
        this.op = op;
        this.constant = constant;
    }

    @Override
    boolean test(Object sample) {
        Object owner = field.owner(sample);
        return owner != null && compare(op, field.read(owner), constant);
    }

    static boolean compare(RelOp op, double a, double b) {
        if (Double.isNaN(a) || Double.isNaN(b)) {
            return op == RelOp.NE;
        }
        return op.accepts(a < b ? -1 : a > b ? 1 : 0);
    }
}
