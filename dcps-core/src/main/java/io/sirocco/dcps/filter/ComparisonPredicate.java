package io.sirocco.dcps.filter;

/**
 * {@code left op right}, including {@code LIKE} and {@code NOT LIKE}; the parser guarantees that at
 * least one side is a field name. {@code operatorPosition} locates errors about the operator itself.
 */
record ComparisonPredicate(Operand left, RelOp operator, Operand right, int operatorPosition)
        implements Condition {

    @Override
    public void render(StringBuilder out) {
        left.render(out);
        out.append(' ').append(operator.symbol()).append(' ');
        right.render(out);
    }
}
