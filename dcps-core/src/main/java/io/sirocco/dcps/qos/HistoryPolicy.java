package io.sirocco.dcps.qos;

import java.util.Objects;
import org.omg.dds.core.ServiceEnvironment;
import org.omg.dds.core.policy.History;

/**
 * Sirocco's {@link History}. The depth is kept when switching to {@code KEEP_ALL}, where it has no
 * effect. A depth of 0 is accepted here and refused by {@link QosRules} for {@code KEEP_LAST}, so
 * that a QoS can be built up in any order; {@code LENGTH_UNLIMITED} (-1) is accepted for the same
 * reason.
 */
public final class HistoryPolicy implements History {
    private static final long serialVersionUID = 1L;

    private final transient ServiceEnvironment environment;
    private final Kind kind;
    private final int depth;

    private HistoryPolicy(ServiceEnvironment environment, Kind kind, int depth) {
        this.environment = environment;
        this.kind = Args.require(kind, "kind");
        this.depth = Args.limit(depth, "depth");
    }

    /** The policy of the given kind and depth. */
    public static HistoryPolicy of(ServiceEnvironment env, Kind kind, int depth) {
        return new HistoryPolicy(Args.env(env), kind, depth);
    }

    @Override
    public Kind getKind() {
        return kind;
    }

    @Override
    public int getDepth() {
        return depth;
    }

    @Override
    public HistoryPolicy withKind(Kind newKind) {
        return new HistoryPolicy(environment, newKind, depth);
    }

    @Override
    public HistoryPolicy withDepth(int newDepth) {
        return new HistoryPolicy(environment, kind, newDepth);
    }

    @Override
    public HistoryPolicy withKeepAll() {
        return withKind(Kind.KEEP_ALL);
    }

    @Override
    public HistoryPolicy withKeepLast(int newDepth) {
        return new HistoryPolicy(environment, Kind.KEEP_LAST, newDepth);
    }

    @Override
    public ServiceEnvironment getEnvironment() {
        return environment;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof HistoryPolicy that && kind == that.kind && depth == that.depth;
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, depth);
    }

    @Override
    public String toString() {
        return kind == Kind.KEEP_ALL ? "History[KEEP_ALL]" : "History[KEEP_LAST, depth=" + depth + "]";
    }
}
