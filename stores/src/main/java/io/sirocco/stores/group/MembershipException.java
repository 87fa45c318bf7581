package io.sirocco.stores.group;

/**
 * The group stopped because of membership: this member was excluded from the view, was left without
 * a majority of the view (the minority side of a partition stops rather than diverges), or could not
 * open the next view. Delivery has ended; {@link MulticastGroup#failure()} returns this.
 */
public final class MembershipException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public MembershipException(String message) {
        super(message);
    }

    public MembershipException(String message, Throwable cause) {
        super(message, cause);
    }
}
