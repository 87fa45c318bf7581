package io.sirocco.dcps.qos;

import java.util.ArrayList;
import java.util.List;

/**
 * A partition wildcard expression in the style of POSIX {@code fnmatch} without flags: {@code *}
 * matches any run of characters (also none), {@code ?} any one character, {@code [...]} one
 * character of a set ({@code [a-z]}, negated with a leading {@code !} or {@code ^}, a {@code ]}
 * right after the opening bracket or negation is literal), and a backslash makes the next character
 * literal. A {@code [} without a closing {@code ]} is a literal {@code [}.
 *
 * <p>Expressions are compiled into a small token list and matched directly; partition names come
 * from remote peers and applications, so they are never turned into a {@link java.util.regex.Pattern},
 * where characters such as {@code (}, {@code +} or {@code \Q} would change the meaning.
 */
public final class FnmatchPattern {
    private sealed interface Token permits Literal, AnyOne, AnyRun, OneOf {
    }

    private record Literal(int codePoint) implements Token {
    }

    private record AnyOne() implements Token {
    }

    private record AnyRun() implements Token {
    }

    /** {@code ranges} holds inclusive (low, high) pairs. */
    private record OneOf(boolean negated, int[] ranges) implements Token {
        boolean contains(int codePoint) {
            boolean in = false;
            for (int i = 0; i < ranges.length && !in; i += 2) {
                in = codePoint >= ranges[i] && codePoint <= ranges[i + 1];
            }
            return in != negated;
        }
    }

    private final String expression;
    private final Token[] tokens;
    private final boolean wildcard;

    private FnmatchPattern(String expression, Token[] tokens) {
        this.expression = expression;
        this.tokens = tokens;
        boolean any = false;
        for (Token token : tokens) {
            any |= !(token instanceof Literal);
        }
        this.wildcard = any;
    }

    /** Compiles {@code expression}; every string is a valid expression. */
    public static FnmatchPattern compile(String expression) {
        int[] cps = Args.require(expression, "expression").codePoints().toArray();
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        while (i < cps.length) {
            int c = cps[i];
            if (c == '*') {
                tokens.add(new AnyRun());
                i++;
            } else if (c == '?') {
                tokens.add(new AnyOne());
                i++;
            } else if (c == '\\' && i + 1 < cps.length) {
                tokens.add(new Literal(cps[i + 1]));
                i += 2;
            } else if (c == '[') {
                int end = parseBracket(cps, i, tokens);
                if (end < 0) {
                    tokens.add(new Literal('['));
                    i++;
                } else {
                    i = end;
                }
            } else {
                tokens.add(new Literal(c));
                i++;
            }
        }
        return new FnmatchPattern(expression, tokens.toArray(Token[]::new));
    }

    /**
     * Parses the bracket expression opening at {@code cps[open]}; adds its token and returns the
     * index after the closing bracket, or returns -1 (adding nothing) when it is not closed.
     */
    private static int parseBracket(int[] cps, int open, List<Token> tokens) {
        int i = open + 1;
        boolean negated = i < cps.length && (cps[i] == '!' || cps[i] == '^');
        if (negated) {
            i++;
        }
        List<Integer> ranges = new ArrayList<>();
        boolean first = true;
        while (i < cps.length && (first || cps[i] != ']')) {
            first = false;
            int low = cps[i];
            if (low == '\\' && i + 1 < cps.length) {
                low = cps[++i];
            }
            i++;
            int high = low;
            if (i + 1 < cps.length && cps[i] == '-' && cps[i + 1] != ']') {
                high = cps[i + 1];
                if (high == '\\' && i + 2 < cps.length) {
                    high = cps[i + 2];
                    i++;
                }
                i += 2;
            }
            ranges.add(Math.min(low, high));
            ranges.add(Math.max(low, high));
        }
        if (i >= cps.length) {
            return -1;
        }
        tokens.add(new OneOf(negated, ranges.stream().mapToInt(Integer::intValue).toArray()));
        return i + 1;
    }

    /** Whether {@code expression} holds any wildcard, that is whether it is more than a plain name. */
    public static boolean isWildcard(String expression) {
        return compile(expression).wildcard;
    }

    /** Whether this expression holds any wildcard. */
    public boolean hasWildcard() {
        return wildcard;
    }

    /**
     * Whether {@code name}, taken literally, matches this expression. Runs in time proportional to
     * the product of the lengths at worst: each {@code *} is retried from the last one only.
     */
    public boolean matches(String name) {
        int[] s = Args.require(name, "name").codePoints().toArray();
        int p = 0;
        int i = 0;
        int starToken = -1;
        int starResume = 0;
        while (i < s.length) {
            if (p < tokens.length && tokens[p] instanceof AnyRun) {
                starToken = p++;
                starResume = i;
            } else if (p < tokens.length && matchesOne(tokens[p], s[i])) {
                p++;
                i++;
            } else if (starToken >= 0) {
                p = starToken + 1;
                i = ++starResume;
            } else {
                return false;
            }
        }
        while (p < tokens.length && tokens[p] instanceof AnyRun) {
            p++;
        }
        return p == tokens.length;
    }

    private static boolean matchesOne(Token token, int codePoint) {
        return switch (token) {
            case Literal literal -> literal.codePoint() == codePoint;
            case AnyOne any -> true;
            case OneOf set -> set.contains(codePoint);
            case AnyRun run -> false;
        };
    }

    public String expression() {
        return expression;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof FnmatchPattern that && expression.equals(that.expression);
    }

    @Override
    public int hashCode() {
        return expression.hashCode();
    }

    @Override
    public String toString() {
        return "FnmatchPattern[" + expression + "]";
    }
}
