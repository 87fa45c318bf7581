package io.sirocco.dcps.filter;

import java.util.List;

/** Two or more alternatives of which at least one must hold; a chain {@code a OR b OR c} is kept flat. */
record OrCondition(List<Condition> operands) implements Condition {

    OrCondition {
        operands = List.copyOf(operands);
    }

    @Override
    public void render(StringBuilder out) {
        for (int i = 0; i < operands.size(); i++) {
            if (i > 0) {
                out.append(" OR ");
            }
            Condition.renderGrouped(operands.get(i), out);
        }
    }
}
