package io.sirocco.dcps.filter;

/** The negation of a condition. */
record NotCondition(Condition operand) implements Condition {

    @Override
    public void render(StringBuilder out) {
        out.append("NOT (");
        operand.render(out);
        out.append(')');
    }
}
