package io.sirocco.dcps.filter;

import java.util.List;

/** Shorthands for tests. */
final class Filters {

    private Filters() {
    }

    static <T> BoundFilter<T> compile(Class<T> type, String expression, String... parameters) {
        return FilterExpression.parse(expression).bind(type).withParameters(List.of(parameters));
    }

    static <T> boolean matches(T sample, String expression, String... parameters) {
        @SuppressWarnings("unchecked")
        Class<T> type = (Class<T>) sample.getClass();
        return compile(type, expression, parameters).test(sample);
    }
}
