package io.sirocco.dcps.qos.xml;

import io.sirocco.dcps.qos.FnmatchPattern;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code topic_filter} of an entity QoS element: one or more glob patterns ({@code *}, {@code ?},
 * {@code [...]}) separated by commas, as RTI writes them. No filter and {@code *} both match every topic
 * and make the element the profile's general one for its kind; any other filter makes it apply only to
 * the topics it matches.
 */
final class TopicFilter {
    /** The filter of an element without {@code topic_filter}. */
    static final TopicFilter ANY = new TopicFilter("*", List.of(FnmatchPattern.compile("*")));

    private final String expression;
    private final List<FnmatchPattern> patterns;

    private TopicFilter(String expression, List<FnmatchPattern> patterns) {
        this.expression = expression;
        this.patterns = patterns;
    }

    /** The filter written as {@code expression}; {@link #ANY} for null. */
    static TopicFilter parse(String expression) {
        if (expression == null) {
            return ANY;
        }
        List<FnmatchPattern> patterns = new ArrayList<>();
        List<String> parts = new ArrayList<>();
        for (String part : expression.split(",")) {
            String pattern = part.strip();
            if (!pattern.isEmpty()) {
                patterns.add(FnmatchPattern.compile(pattern));
                parts.add(pattern);
            }
        }
        return patterns.isEmpty() ? ANY : new TopicFilter(String.join(",", parts), List.copyOf(patterns));
    }

    /** Whether this filter matches every topic: the element is its profile's general one. */
    boolean matchesEveryTopic() {
        for (FnmatchPattern pattern : patterns) {
            if (pattern.expression().equals("*")) {
                return true;
            }
        }
        return false;
    }

    /** Whether the topic called {@code topicName} passes. */
    boolean matches(String topicName) {
        for (FnmatchPattern pattern : patterns) {
            if (pattern.matches(topicName)) {
                return true;
            }
        }
        return false;
    }

    /** The patterns, normalized: trimmed and joined by commas. */
    String expression() {
        return expression;
    }

    @Override
    public String toString() {
        return expression;
    }
}
