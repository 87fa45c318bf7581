package io.sirocco.dcps.filter;

/** A node of the parsed (not yet bound) syntax tree of an expression. */
sealed interface Condition permits AndCondition, OrCondition, NotCondition, ComparisonPredicate, BetweenPredicate {

    /** Appends the canonical text: upper-case keywords, single spaces, parentheses showing the grouping. */
    void render(StringBuilder out);

    /** Renders {@code condition}, parenthesised when it is an AND or OR so that nesting stays visible. */
    static void renderGrouped(Condition condition, StringBuilder out) {
        if (condition instanceof AndCondition || condition instanceof OrCondition) {
            out.append('(');
            condition.render(out);
            out.append(')');
        } else {
            condition.render(out);
        }
    }
}
