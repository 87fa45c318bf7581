package io.sirocco.dcps.filter;

/** {@code field op constant} on integral values, enum codes or char codes. */
final class LongConstantComparison extends Node {
    private final LongReader field;
    private final RelOp op;
    private final long constant;

    LongConstantComparison(LongReader field, RelOp op, long constant) {
        this.field = field;
        this.op = op;
        this.constant = constant;
    }

    @Override
    boolean test(Object sample) {
        Object owner = field.owner(sample);
        return owner != null && op.accepts(Long.compare(field.read(owner), constant));
    }
}
