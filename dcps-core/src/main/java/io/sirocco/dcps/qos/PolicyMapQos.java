package io.sirocco.dcps.qos;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;
import org.omg.dds.core.EntityQos;
import org.omg.dds.core.ServiceEnvironment;
import org.omg.dds.core.policy.QosPolicy;

/**
 * What the seven entity QoS classes share: an immutable map from policy key (see
 * {@link PolicyKeys}) to policy, in insertion order, that also serves as the read-only
 * {@link Map} view the OMG API asks for. Every mutator of the map and of its views throws
 * {@link UnsupportedOperationException} pointing at {@code withPolicy}, because a QoS is a value:
 * changing one in place would change it under every entity and thread that holds it.
 *
 * <p>{@code withPolicy} and {@code withPolicies} are implemented here, once, with the erased
 * signature of {@link EntityQos}; the typed overloads of the OMG QoS interfaces reach them through
 * compiler bridges. That way a policy of the wrong kind passed through a raw or unchecked reference
 * still gets the {@link IllegalArgumentException} that names it, rather than a
 * {@link ClassCastException} from a bridge.
 *
 * @param <P> the marker interface of the policies that apply to the entity
 * @param <Q> the concrete QoS class, returned by the copying methods
 */
abstract sealed class PolicyMapQos<P extends QosPolicy, Q extends PolicyMapQos<P, Q>>
        extends AbstractMap<Class<? extends P>, P> implements EntityQos<P>
        permits SiroccoDomainParticipantFactoryQos, SiroccoDomainParticipantQos, SiroccoTopicQos,
        SiroccoPublisherQos, SiroccoSubscriberQos, SiroccoDataWriterQos, SiroccoDataReaderQos {
    private static final long serialVersionUID = 1L;

    private final transient ServiceEnvironment environment;
    private final Class<P> applicable;
    private final LinkedHashMap<Class<? extends P>, P> policies;

    PolicyMapQos(ServiceEnvironment environment, Class<P> applicable,
            LinkedHashMap<Class<? extends P>, P> policies) {
        this.environment = environment;
        this.applicable = applicable;
        this.policies = policies;
    }

    /** The name of the OMG QoS interface, for messages ({@code "TopicQos"}). */
    abstract String qosName();

    /** A QoS of the same class and environment holding {@code policies}. */
    abstract Q copyWith(LinkedHashMap<Class<? extends P>, P> policies);

    /**
     * A copy of this QoS in which {@code policy} replaces the policy of the same key.
     *
     * @throws IllegalArgumentException if {@code policy} is null or does not apply to this entity
     */
    @Override
    public final Q withPolicy(P policy) {
        return copyWith(replacing("policy", policy));
    }

    /**
     * A copy of this QoS in which each of {@code policies} replaces the policy of the same key; later
     * ones win when two share a key.
     *
     * @throws IllegalArgumentException if the array or one of its elements is null, or an element
     *         does not apply to this entity; the message names the element ({@code policies[1]})
     */
    @Override
    @SafeVarargs
    public final Q withPolicies(P... policies) {
        Args.require(policies, "policies");
        QosPolicy[] copy = new QosPolicy[policies.length];
        for (int i = 0; i < policies.length; i++) {
            copy[i] = policies[i];
        }
        return copyWith(replacing("policies", copy));
    }

    /** A fresh map holding {@code policies}, each under its key. */
    static <P extends QosPolicy> LinkedHashMap<Class<? extends P>, P> mapOf(List<? extends P> policies) {
        LinkedHashMap<Class<? extends P>, P> map = new LinkedHashMap<>();
        for (P policy : policies) {
            map.put(key(policy), policy);
        }
        return map;
    }

    @SuppressWarnings("unchecked")
    private static <P extends QosPolicy> Class<? extends P> key(P policy) {
        // The key is the policy's own class or an OMG interface it implements, both subtypes of P.
        return (Class<? extends P>) PolicyKeys.keyOf(policy);
    }

    /**
     * A copy of this QoS's policies with {@code replacements} put in. Each must be a non-null
     * policy of the kind this entity takes; {@code argumentName} names the argument in messages.
     */
    final LinkedHashMap<Class<? extends P>, P> replacing(String argumentName, QosPolicy... replacements) {
        Args.require(replacements, argumentName);
        LinkedHashMap<Class<? extends P>, P> copy = new LinkedHashMap<>(policies);
        for (int i = 0; i < replacements.length; i++) {
            QosPolicy policy = replacements[i];
            String name = replacements.length == 1 && argumentName.equals("policy")
                    ? argumentName : argumentName + "[" + i + "]";
            Args.require(policy, name);
            if (!applicable.isInstance(policy)) {
                throw new IllegalArgumentException(name + " " + PolicyKeys.nameOf(policy.getClass())
                        + " does not apply to a " + qosName() + " (it is not a QosPolicy."
                        + applicable.getSimpleName() + ")");
            }
            P accepted = applicable.cast(policy);
            copy.put(key(accepted), accepted);
        }
        return copy;
    }

    /** The standard policy stored under {@code key}; present by construction. */
    final <T extends P> T policy(Class<T> key) {
        return key.cast(policies.get(key));
    }

    /**
     * The policy of the given class. Besides the keys themselves ({@code Durability.class},
     * {@code Consistency.class}) an implementation class is accepted too
     * ({@code DurabilityPolicy.class}), returning the policy when it is of that class.
     */
    @Override
    public final <POLICY extends P> POLICY get(Class<POLICY> type) {
        Args.require(type, "type");
        P found = policies.get(type);
        if (found == null) {
            found = policies.get(PolicyKeys.keyOf(type));
        }
        return type.isInstance(found) ? type.cast(found) : null;
    }

    @Override
    public final P get(Object key) {
        return policies.get(key);
    }

    @Override
    public final boolean containsKey(Object key) {
        return policies.containsKey(key);
    }

    @Override
    public final int size() {
        return policies.size();
    }

    @Override
    public final Set<Entry<Class<? extends P>, P>> entrySet() {
        return new ReadOnlyView<>(policies.entrySet(), ReadOnlyEntry::new);
    }

    @Override
    public final Set<Class<? extends P>> keySet() {
        return new ReadOnlyView<>(policies.keySet(), k -> k);
    }

    @Override
    public final Collection<P> values() {
        return new ReadOnlyView<>(policies.values(), v -> v);
    }

    @Override
    public final P put(Class<? extends P> key, P value) {
        throw readOnly();
    }

    @Override
    public final P remove(Object key) {
        throw readOnly();
    }

    @Override
    public final void putAll(Map<? extends Class<? extends P>, ? extends P> map) {
        throw readOnly();
    }

    @Override
    public final void clear() {
        throw readOnly();
    }

    @Override
    public final P putIfAbsent(Class<? extends P> key, P value) {
        throw readOnly();
    }

    @Override
    public final boolean remove(Object key, Object value) {
        throw readOnly();
    }

    @Override
    public final P replace(Class<? extends P> key, P value) {
        throw readOnly();
    }

    @Override
    public final boolean replace(Class<? extends P> key, P oldValue, P newValue) {
        throw readOnly();
    }

    @Override
    public final void replaceAll(BiFunction<? super Class<? extends P>, ? super P, ? extends P> function) {
        throw readOnly();
    }

    @Override
    public final P computeIfAbsent(Class<? extends P> key,
            Function<? super Class<? extends P>, ? extends P> function) {
        throw readOnly();
    }

    @Override
    public final P computeIfPresent(Class<? extends P> key,
            BiFunction<? super Class<? extends P>, ? super P, ? extends P> function) {
        throw readOnly();
    }

    @Override
    public final P compute(Class<? extends P> key,
            BiFunction<? super Class<? extends P>, ? super P, ? extends P> function) {
        throw readOnly();
    }

    @Override
    public final P merge(Class<? extends P> key, P value, BiFunction<? super P, ? super P, ? extends P> function) {
        throw readOnly();
    }

    final UnsupportedOperationException readOnly() {
        return new UnsupportedOperationException(qosName() + " is immutable: use withPolicy or withPolicies "
                + "to get a modified copy");
    }

    @Override
    public final SiroccoPolicyFactory getPolicyFactory() {
        return new SiroccoPolicyFactory(environment);
    }

    @Override
    public final ServiceEnvironment getEnvironment() {
        return environment;
    }

    @Override
    public final boolean equals(Object other) {
        return other == this || policies.equals(other);
    }

    @Override
    public final int hashCode() {
        return policies.hashCode();
    }

    @Override
    public final String toString() {
        StringJoiner joiner = new StringJoiner(", ", qosName() + "[", "]");
        for (P policy : policies.values()) {
            joiner.add(policy.toString());
        }
        return joiner.toString();
    }

    private final class ReadOnlyEntry extends SimpleImmutableEntry<Class<? extends P>, P> {
        private static final long serialVersionUID = 1L;

        ReadOnlyEntry(Entry<Class<? extends P>, P> entry) {
            super(entry);
        }

        @Override
        public P setValue(P value) {
            throw readOnly();
        }
    }

    /**
     * A view of the keys, values or entries whose every mutator fails with {@link #readOnly()}.
     * The values of a QoS are distinct (one per key), so a set serves for them too.
     */
    private final class ReadOnlyView<S, E> extends AbstractSet<E> {
        private final Collection<S> backing;
        private final Function<S, E> view;

        ReadOnlyView(Collection<S> backing, Function<S, E> view) {
            this.backing = backing;
            this.view = view;
        }

        @Override
        public Iterator<E> iterator() {
            Iterator<S> it = backing.iterator();
            return new Iterator<>() {
                @Override
                public boolean hasNext() {
                    return it.hasNext();
                }

                @Override
                public E next() {
                    return view.apply(it.next());
                }

                @Override
                public void remove() {
                    throw readOnly();
                }
            };
        }

        @Override
        public int size() {
            return backing.size();
        }

        @Override
        public boolean add(E element) {
            throw readOnly();
        }

        @Override
        public boolean remove(Object element) {
            throw readOnly();
        }

        @Override
        public boolean removeAll(Collection<?> elements) {
            throw readOnly();
        }

        @Override
        public boolean retainAll(Collection<?> elements) {
            throw readOnly();
        }

        @Override
        public boolean removeIf(Predicate<? super E> filter) {
            throw readOnly();
        }

        @Override
        public void clear() {
            throw readOnly();
        }
    }
}
