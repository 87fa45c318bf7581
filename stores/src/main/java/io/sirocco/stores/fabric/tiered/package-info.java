/**
 * A fabric of two tiers (shared memory among the members on one host, the network fallback between
 * hosts) presented to the group engine as one fabric, so an accelerated topic spans hosts.
 */
package io.sirocco.stores.fabric.tiered;
