package io.sirocco.dcps.filter;

/**
 * The comparison operators. Each relational operator is described by which outcomes of a
 * three-way comparison it accepts, so evaluation is a couple of field reads rather than a switch.
 */
enum RelOp {
    EQ("=", false, true, false),
    NE("<>", true, false, true),
    LT("<", true, false, false),
    LE("<=", true, true, false),
    GT(">", false, false, true),
    GE(">=", false, true, true),
    LIKE("LIKE", false, false, false),
    NOT_LIKE("NOT LIKE", false, false, false);

    private final String symbol;
    private final boolean less;
    private final boolean equal;
    private final boolean greater;

    RelOp(String symbol, boolean less, boolean equal, boolean greater) {
        this.symbol = symbol;
        this.less = less;
        this.equal = equal;
        this.greater = greater;
    }

    /** Whether a comparison that returned {@code cmp} (negative, zero, positive) satisfies this operator. */
    boolean accepts(int cmp) {
        return cmp < 0 ? less : cmp == 0 ? equal : greater;
    }

    /** The operator that gives the same answer with the operands swapped ({@code 5 < x} is {@code x > 5}). */
    RelOp flip() {
        return switch (this) {
            case LT -> GT;
            case LE -> GE;
            case GT -> LT;
            case GE -> LE;
            default -> this;
        };
    }

    boolean isLike() {
        return this == LIKE || this == NOT_LIKE;
    }

    boolean isEquality() {
        return this == EQ || this == NE;
    }

    String symbol() {
        return symbol;
    }

    /** The operator spelled by a run of {@code <>=!} characters, or {@code null}. */
    static RelOp ofSymbol(String text) {
        return switch (text) {
            case "=" -> EQ;
            case "<>", "!=" -> NE;
            case "<" -> LT;
            case "<=" -> LE;
            case ">" -> GT;
            case ">=" -> GE;
            default -> null;
        };
    }
}
