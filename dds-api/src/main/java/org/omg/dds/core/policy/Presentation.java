package org.omg.dds.core.policy;

/**
 * Controls how changes are presented to a subscribing application: the scope over which they are
 * grouped, whether changes written as a coherent set are made visible together (coherent access),
 * and whether their order of writing is preserved (ordered access).
 *
 * <p>Applies to publishers and subscribers. Default: {@link AccessScopeKind#INSTANCE} scope,
 * neither coherent nor ordered access. It cannot be changed once the entity is enabled. Offered
 * and requested values match when the offered scope is at least the requested one, in the order
 * {@code INSTANCE < TOPIC < GROUP}, and coherent or ordered access is offered wherever it is
 * requested.
 *
 * <p>Instances are immutable: each {@code withXxx} method returns a modified copy and leaves this
 * policy unchanged.
 */
public interface Presentation extends QosPolicy.ForPublisher, QosPolicy.ForSubscriber, RequestedOffered<Presentation> {

    /** Returns the access scope. */
    Presentation.AccessScopeKind getAccessScope();

    /** Returns whether changes made as a coherent set are presented together. */
    boolean isCoherentAccess();

    /** Returns whether the order in which changes were written is preserved. */
    boolean isOrderedAccess();

    /** Returns a copy of this policy with the given access scope. */
    Presentation withAccessScope(Presentation.AccessScopeKind accessScope);

    /** Returns a copy of this policy with coherent access switched on or off. */
    Presentation withCoherentAccess(boolean coherentAccess);

    /** Returns a copy of this policy with ordered access switched on or off. */
    Presentation withOrderedAccess(boolean orderedAccess);

    /** Returns a copy of this policy with access scope {@link AccessScopeKind#INSTANCE}. */
    Presentation withInstance();

    /** Returns a copy of this policy with access scope {@link AccessScopeKind#TOPIC}. */
    Presentation withTopic();

    /** Returns a copy of this policy with access scope {@link AccessScopeKind#GROUP}. */
    Presentation withGroup();

    /** The access scopes, from narrowest to widest. */
    public static enum AccessScopeKind {
        /** Coherence and ordering apply to the changes of each instance separately. */
        INSTANCE,
        /** Coherence and ordering apply across the instances of each data writer or reader. */
        TOPIC,
        /** Coherence and ordering apply across all writers of a publisher or readers of a subscriber. */
        GROUP;

    }
}
