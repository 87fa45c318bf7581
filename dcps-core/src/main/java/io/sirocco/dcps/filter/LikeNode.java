package io.sirocco.dcps.filter;

/** {@code text [NOT] LIKE pattern}; false when either side is missing, whatever the negation. */
final class LikeNode extends Node {
    private final TextSource text;
    private final TextSource pattern;
    private final boolean negated;

    LikeNode(TextSource text, TextSource pattern, boolean negated) {
        this.text = text;
        this.pattern = pattern;
        this.negated = negated;
    }

    @Override
    boolean test(Object sample) {
        CharSequence value = text.text(sample);
        if (value == null) {
            return false;
        }
        CharSequence like = pattern.text(sample);
        return like != null && LikeMatcher.matches(value, like) != negated;
    }
}
