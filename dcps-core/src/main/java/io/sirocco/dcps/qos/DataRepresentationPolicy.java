package io.sirocco.dcps.qos;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.omg.dds.core.ServiceEnvironment;
import org.omg.dds.core.policy.DataRepresentation;

/**
 * Sirocco's {@link DataRepresentation}: an ordered, unmodifiable list of representation
 * identifiers, empty by default (which means XCDR). Matching is a membership test (see
 * {@link RepresentationRule#STANDARD}), not an order, so {@link #compareTo} only compares the
 * lists lexicographically for sorting and the {@linkplain #requestedOfferedContract() contract} is
 * the membership test.
 */
public final class DataRepresentationPolicy implements DataRepresentation {
    private static final long serialVersionUID = 1L;

    private final transient ServiceEnvironment environment;
    private final List<Short> value;

    private DataRepresentationPolicy(ServiceEnvironment environment, List<Short> value) {
        this.environment = environment;
        this.value = value;
    }

    /** The policy with the given identifiers, in order of preference. */
    public static DataRepresentationPolicy of(ServiceEnvironment env, List<Short> representations) {
        return new DataRepresentationPolicy(Args.env(env), copy(representations));
    }

    /** The policy with the given identifiers, in order of preference. */
    public static DataRepresentationPolicy of(ServiceEnvironment env, short... representations) {
        return new DataRepresentationPolicy(Args.env(env), copy(representations));
    }

    private static List<Short> copy(List<Short> representations) {
        Args.require(representations, "representations");
        List<Short> copy = new ArrayList<>(representations.size());
        for (Short id : representations) {
            copy.add(Args.require(id, "representations element"));
        }
        return Collections.unmodifiableList(copy);
    }

    private static List<Short> copy(short[] representations) {
        Args.require(representations, "representations");
        List<Short> copy = new ArrayList<>(representations.length);
        for (short id : representations) {
            copy.add(id);
        }
        return Collections.unmodifiableList(copy);
    }

    /** The identifiers, unmodifiable; empty means XCDR. */
    @Override
    public List<Short> getValue() {
        return value;
    }

    @Override
    public DataRepresentationPolicy withValue(List<Short> representations) {
        return new DataRepresentationPolicy(environment, copy(representations));
    }

    @Override
    public DataRepresentationPolicy withValue(short... representations) {
        return new DataRepresentationPolicy(environment, copy(representations));
    }

    /** Lexicographic order of the lists, a shorter prefix first. */
    @Override
    public int compareTo(DataRepresentation other) {
        List<Short> theirs = Args.require(other, "other").getValue();
        int common = Math.min(value.size(), theirs.size());
        for (int i = 0; i < common; i++) {
            int c = Short.compare(value.get(i), theirs.get(i));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(value.size(), theirs.size());
    }

    /**
     * Compares {@code >= 0} with a requested value exactly when {@link RepresentationRule#STANDARD}
     * accepts it.
     */
    @Override
    public Comparable<DataRepresentation> requestedOfferedContract() {
        return requested -> QosMatching.contractResult(RepresentationRule.STANDARD.compatible(this, requested),
                this, requested);
    }

    @Override
    public ServiceEnvironment getEnvironment() {
        return environment;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof DataRepresentationPolicy that && value.equals(that.value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return "DataRepresentation" + value;
    }
}
