package org.omg.dds.core.policy;

/** TODO */
public interface Presentation extends QosPolicy.ForPublisher, QosPolicy.ForSubscriber, RequestedOffered<Presentation> {

    /** TODO */
    Presentation.AccessScopeKind getAccessScope();

    /** TODO */
    boolean isCoherentAccess();

    /** TODO */
    boolean isOrderedAccess();

    /** TODO */
    Presentation withAccessScope(Presentation.AccessScopeKind accessScopeKind);

    /** TODO */
    Presentation withCoherentAccess(boolean value);

    /** TODO */
    Presentation withOrderedAccess(boolean value);

    /** TODO */
    Presentation withInstance();

    /** TODO */
    Presentation withTopic();

    /** TODO */
    Presentation withGroup();

    /** TODO */
    public static enum AccessScopeKind {
        INSTANCE,
        TOPIC,
        GROUP;

    }
}
