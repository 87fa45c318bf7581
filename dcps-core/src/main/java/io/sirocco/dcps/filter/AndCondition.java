package io.sirocco.dcps.filter;

import java.util.List;

/** Two or more conditions that must all hold; a chain {@code a AND b AND c} is kept flat. */
record AndCondition(List<Condition> operands) implements Condition {

    AndCondition {
        operands = List.copyOf(operands);
    }

    @Override
    public void render(StringBuilder out) {
        for (int i = 0; i < operands.size(); i++) {
            if (i > 0) {
                out.append(" AND ");
            }
            Condition.renderGrouped(operands.get(i), out);
        }
    }
}
