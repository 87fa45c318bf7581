package io.sirocco.dcps.filter;

/** Lexicographic comparison of two texts by UTF-16 code unit, as {@link String#compareTo} does. */
final class TextComparison extends Node {
    private final TextSource left;
    private final RelOp op;
    private final TextSource right;

    TextComparison(TextSource left, RelOp op, TextSource right) {
        this.left = left;
        this.op = op;
        this.right = right;
    }

    @Override
    boolean test(Object sample) {
        CharSequence a = left.text(sample);
        if (a == null) {
            return false;
        }
        CharSequence b = right.text(sample);
        return b != null && op.accepts(CharSequence.compare(a, b));
    }
}
