package io.sirocco.dcps.filter;

/**
 * A filter or query expression that cannot be used: bad syntax, or (when binding to a sample type) an
 * unknown field or a comparison between incompatible types. It is an {@link IllegalArgumentException}
 * because DDS reports such expressions as bad parameters of the operation that received them.
 */
public final class FilterSyntaxException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final String expression;
    private final int position;
    private final String reason;

    FilterSyntaxException(String expression, int position, String reason) {
        super(reason + " (in \"" + expression + "\")");
        this.expression = expression;
        this.position = position;
        this.reason = reason;
    }

    /** Builds the usual {@code "<problem> at position <n>: <hint>"} reason. */
    static FilterSyntaxException at(String expression, int position, String problem, String hint) {
        String reason = problem + " at position " + position + (hint == null ? "" : ": " + hint);
        return new FilterSyntaxException(expression, position, reason);
    }

    /** The 0-based character offset in {@link #expression()} where the problem was found. */
    public int position() {
        return position;
    }

    /** The complete expression text the problem was found in. */
    public String expression() {
        return expression;
    }

    /** The message without the trailing expression text. */
    public String reason() {
        return reason;
    }
}
