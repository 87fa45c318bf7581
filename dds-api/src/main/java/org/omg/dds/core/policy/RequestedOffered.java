package org.omg.dds.core.policy;

/**
 * A QoS policy set on both the publishing and the subscribing side whose values must be compatible
 * for a {@link org.omg.dds.sub.DataReader} to be matched with a {@link org.omg.dds.pub.DataWriter}.
 *
 * <p>The reader's value is what it requests and the writer's value is what it offers. The two
 * match when the offer is at least as strong as the request, in the order defined by each policy
 * (for example {@code BEST_EFFORT < RELIABLE} for {@link Reliability}); each policy's comment
 * states its rule. When they do not match, no communication takes place and both sides are told
 * through their incompatible-QoS statuses.
 *
 * @param <SELF> the policy interface itself
 */
public interface RequestedOffered<SELF> extends Comparable<SELF> {

    /**
     * Returns a comparable view of this policy that orders values by the strength of the
     * requested/offered contract: an offered value is compatible with a requested one when its
     * contract compares greater than or equal to the requested value.
     */
    Comparable<SELF> requestedOfferedContract();
}
