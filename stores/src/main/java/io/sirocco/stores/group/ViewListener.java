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

    /**
     * The next view is decided and about to be opened: every message of the current view that will
     * be delivered here has been. A joiner must open this view for it to start (fabrics such as the
     * network fallback wait for every member to connect), so this is when the layer above tells
     * joiners; {@link #viewInstalled} follows once the view's region is open.
     */
    default void viewDecided(GroupView next) {
    }

    /** The group stopped on its own (membership, a throwing handler); nothing more is delivered. */
    default void stopped(Throwable cause) {
    }

    /** A listener that ignores everything. */
    ViewListener NONE = view -> { };
}
