package io.sirocco.dcps.filter;

/** {@code field [NOT] BETWEEN low AND high}, bounds included. */
record BetweenPredicate(FieldOperand field, boolean negated, Operand low, Operand high) implements Condition {

    @Override
    public void render(StringBuilder out) {
        field.render(out);
        out.append(negated ? " NOT BETWEEN " : " BETWEEN ");
        low.render(out);
        out.append(" AND ");
        high.render(out);
    }
}
