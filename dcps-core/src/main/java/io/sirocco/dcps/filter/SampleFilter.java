package io.sirocco.dcps.filter;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * An expression compiled for one sample type, still waiting for its parameter values. Keep it when
 * parameters change (ContentFilteredTopic.setExpressionParameters, QueryCondition parameters): only
 * {@link #withParameters(List)} needs repeating. Immutable and thread-safe.
 *
 * @param <T> the sample type
 */
public final class SampleFilter<T> {
    private final FilterExpression expression;
    private final Class<T> sampleType;
    private final Node template;

    SampleFilter(FilterExpression expression, Class<T> sampleType, Node template) {
        this.expression = expression;
        this.sampleType = sampleType;
        this.template = template;
    }

    /**
     * Supplies the values of {@code %0}, {@code %1}, ... Each is interpreted after the field it is
     * compared with: numbers for numeric fields, {@code TRUE}/{@code FALSE} for booleans, a constant
     * name or value for enums, text for strings and LIKE patterns. String values may be given in
     * single quotes as DDS specifies ({@code "'Alice'"}) or bare ({@code "Alice"}). Extra values
     * beyond those the expression uses are ignored.
     *
     * @throws IllegalArgumentException naming the parameter ({@code %1}) when a used parameter is
     *         missing, {@code null} or cannot be converted for its field
     */
    public BoundFilter<T> withParameters(List<String> parameters) {
        Objects.requireNonNull(parameters, "parameters");
        List<String> values = Collections.unmodifiableList(new ArrayList<>(parameters));
        for (int index : expression.usedParameters()) {
            if (index >= values.size()) {
                throw ConstantConverter.missing(index, values.size(), expression.text());
            }
            if (values.get(index) == null) {
                throw new IllegalArgumentException(
                        "parameter %" + index + " is null (in \"" + expression.text() + "\")");
            }
        }
        return new BoundFilter<>(expression, sampleType, values, template.withParameters(values));
    }

    /** Same as {@link #withParameters(List)}; with no arguments, for expressions without parameters. */
    public BoundFilter<T> withParameters(String... parameters) {
        return withParameters(Arrays.asList(Objects.requireNonNull(parameters, "parameters")));
    }

    /** The expression this filter was compiled from. */
    public FilterExpression expression() {
        return expression;
    }

    /** The sample type the field paths were resolved against. */
    public Class<T> sampleType() {
        return sampleType;
    }

    @Override
    public String toString() {
        return "SampleFilter[" + sampleType.getSimpleName() + ": " + expression.text() + "]";
    }
}
