package io.sirocco.stores.group;

/**
 * Told about membership, on the group's predicate thread, with no lock held. Do not block here:
 * nothing is delivered while it runs.
 */
public interface ViewListener {

    /**
     * A new view is installed: every message of the previous view that will ever be delivered here
     * has been delivered, and nothing of the new view yet. Ranks in later deliveries are ranks of
     * {@code view}. A member started with {@code MulticastGroup.join} is told of its first view
     * before its first delivery.
     */
    void viewInstalled(GroupView view);

    /** The group stopped on its own (membership, a throwing handler); nothing more is delivered. */
    default void stopped(Throwable cause) {
    }

    /** A listener that ignores everything. */
    ViewListener NONE = view -> { };
}
