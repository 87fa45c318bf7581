package io.sirocco.dcps.filter;

import java.util.BitSet;
import java.util.Objects;

/**
 * A parsed DDS-SQL filter or query expression (DDS 1.4 Annex B), independent of any sample type.
 *
 * <p>The language: conditions combined with {@code AND}, {@code OR}, {@code NOT} and parentheses
 * ({@code NOT} binds tightest, then {@code AND}, then {@code OR}); predicates {@code operand op operand}
 * with {@code =}, {@code <>}, {@code !=}, {@code <}, {@code <=}, {@code >}, {@code >=}, {@code LIKE},
 * {@code NOT LIKE}, and {@code field [NOT] BETWEEN operand AND operand}. An operand is a field path
 * ({@code position.x}, {@code samples[2]}), an integer ({@code 42}, {@code -7}, {@code 0x1F}), a
 * floating-point number, a {@code 'string'} ({@code ''} inside quotes is a quote), {@code TRUE} or
 * {@code FALSE}, an enum constant (quoted, or bare when compared with an enum field) or a parameter
 * {@code %0}..{@code %99}. Each predicate needs a field on at least one side. Keywords are
 * case-insensitive.
 *
 * <p>An empty or blank expression accepts every sample, as DDS requires; see {@link #matchAll()}.
 * Instances are immutable; equality is by {@link #text()}.
 */
public final class FilterExpression {
    private static final int[] NO_PARAMETERS = {};
    private static final FilterExpression MATCH_ALL = new FilterExpression("", null, NO_PARAMETERS);

    private final String text;
    private final Condition root;
    private final int[] parameters;

    private FilterExpression(String text, Condition root, int[] parameters) {
        this.text = text;
        this.root = root;
        this.parameters = parameters;
    }

    /**
     * Parses {@code text}; checks syntax only, fields are resolved by {@link #bind(Class)}.
     *
     * @throws FilterSyntaxException when the text is not a valid expression
     */
    public static FilterExpression parse(String text) {
        Objects.requireNonNull(text, "text");
        if (text.isBlank()) {
            return text.isEmpty() ? MATCH_ALL : new FilterExpression(text, null, NO_PARAMETERS);
        }
        Condition root = Parser.parse(text);
        BitSet used = new BitSet();
        collectParameters(root, used);
        return new FilterExpression(text, root, used.stream().toArray());
    }

    /** The empty expression, which accepts every sample. */
    public static FilterExpression matchAll() {
        return MATCH_ALL;
    }

    /** Whether this is an empty or blank expression, which accepts every sample. */
    public boolean isMatchAll() {
        return root == null;
    }

    /** The expression exactly as given to {@link #parse(String)}. */
    public String text() {
        return text;
    }

    /** How many parameters the expression needs: the highest {@code %n} it uses plus one, or 0. */
    public int parameterCount() {
        return parameters.length == 0 ? 0 : parameters[parameters.length - 1] + 1;
    }

    /**
     * Resolves every field path against {@code sampleType} and compiles the expression for it. Fields
     * are found as record components, public fields, public getters ({@code getX}, {@code isX},
     * {@code x()}) or, where the package is open to Sirocco, non-public fields.
     *
     * @throws FilterSyntaxException for an unknown or inaccessible field, a field of a type that cannot
     *         be compared, or operands of incompatible types; the position points into {@link #text()}
     */
    public <T> SampleFilter<T> bind(Class<T> sampleType) {
        Objects.requireNonNull(sampleType, "sampleType");
        Node template = root == null ? ConstantNode.TRUE : new Binder(sampleType, text).bind(root);
        return new SampleFilter<>(this, sampleType, template);
    }

    /** The parameter numbers the expression uses, ascending, for parameter checks. */
    int[] usedParameters() {
        return parameters.clone();
    }

    /**
     * The canonical form: upper-case keywords, {@code <>} for inequality, and parentheses around every
     * nested AND/OR and every NOT operand, so the grouping the parser chose is visible. Empty for the
     * match-all expression.
     */
    @Override
    public String toString() {
        if (root == null) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        root.render(out);
        return out.toString();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof FilterExpression expression && expression.text.equals(text);
    }

    @Override
    public int hashCode() {
        return text.hashCode();
    }

    private static void collectParameters(Condition condition, BitSet used) {
        switch (condition) {
            case AndCondition and -> and.operands().forEach(operand -> collectParameters(operand, used));
            case OrCondition or -> or.operands().forEach(operand -> collectParameters(operand, used));
            case NotCondition not -> collectParameters(not.operand(), used);
            case ComparisonPredicate comparison -> {
                collectParameter(comparison.left(), used);
                collectParameter(comparison.right(), used);
            }
            case BetweenPredicate between -> {
                collectParameter(between.low(), used);
                collectParameter(between.high(), used);
            }
        }
    }

    private static void collectParameter(Operand operand, BitSet used) {
        if (operand instanceof ParameterOperand parameter) {
            used.set(parameter.index());
        }
    }
}
