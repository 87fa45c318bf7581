package io.sirocco.dcps.qos;

import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.SequencedSet;
import org.omg.dds.core.ServiceEnvironment;
import org.omg.dds.core.policy.Partition;

/**
 * Sirocco's {@link Partition}: an unmodifiable set of partition names that keeps the order in which
 * they were given (duplicates are dropped). An empty set stands for the default partition {@code ""};
 * how names and wildcard expressions match is decided by {@link QosMatching#partitionsMatch}.
 */
public final class PartitionPolicy implements Partition {
    private static final long serialVersionUID = 1L;

    private final transient ServiceEnvironment environment;
    private final SequencedSet<String> names;

    private PartitionPolicy(ServiceEnvironment environment, SequencedSet<String> names) {
        this.environment = environment;
        this.names = names;
    }

    /** The policy with the given names, in the given order. */
    public static PartitionPolicy of(ServiceEnvironment env, Collection<String> names) {
        return new PartitionPolicy(Args.env(env), copy(names));
    }

    /** The policy with the given names, in the given order. */
    public static PartitionPolicy of(ServiceEnvironment env, String... names) {
        return new PartitionPolicy(Args.env(env), copy(Arrays.asList(Args.require(names, "names"))));
    }

    private static SequencedSet<String> copy(Collection<String> names) {
        Args.require(names, "names");
        LinkedHashSet<String> copy = new LinkedHashSet<>();
        for (String name : names) {
            copy.add(Args.require(name, "names element"));
        }
        return Collections.unmodifiableSequencedSet(copy);
    }

    /** The names, unmodifiable and in their original order; empty means the default partition. */
    @Override
    public SequencedSet<String> getName() {
        return names;
    }

    @Override
    public PartitionPolicy withName(Collection<String> newNames) {
        return new PartitionPolicy(environment, copy(newNames));
    }

    @Override
    public PartitionPolicy withName(String name) {
        return new PartitionPolicy(environment, copy(List.of(Args.require(name, "name"))));
    }

    @Override
    public PartitionPolicy withName(String... newNames) {
        return new PartitionPolicy(environment, copy(Arrays.asList(Args.require(newNames, "names"))));
    }

    @Override
    public ServiceEnvironment getEnvironment() {
        return environment;
    }

    /** Equal when the names are the same, whatever their order. */
    @Override
    public boolean equals(Object other) {
        return other instanceof PartitionPolicy that && names.equals(that.names);
    }

    @Override
    public int hashCode() {
        return names.hashCode();
    }

    @Override
    public String toString() {
        return "Partition" + names;
    }
}
