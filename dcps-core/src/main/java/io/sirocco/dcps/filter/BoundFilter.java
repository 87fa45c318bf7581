package io.sirocco.dcps.filter;

import java.util.List;
import java.util.function.Predicate;

/**
 * A ready-to-use filter: expression, sample type and parameter values fixed. {@link #test} may be
 * called from any number of threads at once; comparisons of primitive, boxed and enum values do not
 * allocate.
 *
 * @param <T> the sample type
 */
public final class BoundFilter<T> implements Predicate<T> {
    private final FilterExpression expression;
    private final Class<T> sampleType;
    private final List<String> parameters;
    private final Node root;

    BoundFilter(FilterExpression expression, Class<T> sampleType, List<String> parameters, Node root) {
        this.expression = expression;
        this.sampleType = sampleType;
        this.parameters = parameters;
        this.root = root;
    }

    /**
     * Whether {@code sample} passes the filter. Predicates whose field cannot be reached (a
     * {@code null} nested object, string or boxed value, an index past the end; or a {@code null}
     * sample) are false. Exceptions thrown by the sample's own getters propagate.
     */
    @Override
    public boolean test(T sample) {
        return root.test(sample);
    }

    /** The expression this filter was compiled from. */
    public FilterExpression expression() {
        return expression;
    }

    /** The sample type the field paths were resolved against. */
    public Class<T> sampleType() {
        return sampleType;
    }

    /** The parameter values this filter was built with (unmodifiable). */
    public List<String> parameters() {
        return parameters;
    }

    @Override
    public String toString() {
        return "BoundFilter[" + sampleType.getSimpleName() + ": " + expression.text()
                + (parameters.isEmpty() ? "" : " " + parameters) + "]";
    }
}
