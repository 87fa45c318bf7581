package io.sirocco.dcps.qos;

import java.util.Objects;
import org.omg.dds.core.ServiceEnvironment;
import org.omg.dds.core.policy.Presentation;

/**
 * Sirocco's {@link Presentation}. A publisher satisfies a subscriber when its access scope is at
 * least as wide and it offers coherent and ordered access wherever they are requested; that is a
 * partial order, so {@link #compareTo} is a total order for sorting (scope, then coherent, then
 * ordered) and the {@linkplain #requestedOfferedContract() contract} is the satisfaction test.
 */
public final class PresentationPolicy implements Presentation {
    private static final long serialVersionUID = 1L;

    private final transient ServiceEnvironment environment;
    private final AccessScopeKind accessScope;
    private final boolean coherentAccess;
    private final boolean orderedAccess;

    private PresentationPolicy(ServiceEnvironment environment, AccessScopeKind accessScope,
            boolean coherentAccess, boolean orderedAccess) {
        this.environment = environment;
        this.accessScope = Args.require(accessScope, "accessScope");
        this.coherentAccess = coherentAccess;
        this.orderedAccess = orderedAccess;
    }

    /** The policy with the given scope and access flags. */
    public static PresentationPolicy of(ServiceEnvironment env, AccessScopeKind accessScope,
            boolean coherentAccess, boolean orderedAccess) {
        return new PresentationPolicy(Args.env(env), accessScope, coherentAccess, orderedAccess);
    }

    @Override
    public AccessScopeKind getAccessScope() {
        return accessScope;
    }

    @Override
    public boolean isCoherentAccess() {
        return coherentAccess;
    }

    @Override
    public boolean isOrderedAccess() {
        return orderedAccess;
    }

    @Override
    public PresentationPolicy withAccessScope(AccessScopeKind newScope) {
        return new PresentationPolicy(environment, newScope, coherentAccess, orderedAccess);
    }

    @Override
    public PresentationPolicy withCoherentAccess(boolean newCoherent) {
        return new PresentationPolicy(environment, accessScope, newCoherent, orderedAccess);
    }

    @Override
    public PresentationPolicy withOrderedAccess(boolean newOrdered) {
        return new PresentationPolicy(environment, accessScope, coherentAccess, newOrdered);
    }

    @Override
    public PresentationPolicy withInstance() {
        return withAccessScope(AccessScopeKind.INSTANCE);
    }

    @Override
    public PresentationPolicy withTopic() {
        return withAccessScope(AccessScopeKind.TOPIC);
    }

    @Override
    public PresentationPolicy withGroup() {
        return withAccessScope(AccessScopeKind.GROUP);
    }

    @Override
    public int compareTo(Presentation other) {
        int c = accessScope.compareTo(Args.require(other, "other").getAccessScope());
        if (c == 0) {
            c = Boolean.compare(coherentAccess, other.isCoherentAccess());
        }
        return c != 0 ? c : Boolean.compare(orderedAccess, other.isOrderedAccess());
    }

    /**
     * Compares {@code >= 0} with a requested value exactly when this offer satisfies it. A
     * satisfaction test, not a sort order.
     */
    @Override
    public Comparable<Presentation> requestedOfferedContract() {
        return requested -> QosMatching.contractResult(QosMatching.satisfies(this, requested), this, requested);
    }

    @Override
    public ServiceEnvironment getEnvironment() {
        return environment;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PresentationPolicy that && accessScope == that.accessScope
                && coherentAccess == that.coherentAccess && orderedAccess == that.orderedAccess;
    }

    @Override
    public int hashCode() {
        return Objects.hash(accessScope, coherentAccess, orderedAccess);
    }

    @Override
    public String toString() {
        return "Presentation[" + accessScope + ", coherentAccess=" + coherentAccess
                + ", orderedAccess=" + orderedAccess + "]";
    }
}
