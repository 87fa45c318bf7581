/**
 * The shared state table (Derecho's SST): one row of monotonic 8-byte counters per member at fixed
 * offsets, pushed to peers over a {@link io.sirocco.stores.fabric.FabricGroup}, and the predicate
 * thread that evaluates conditions over it with a pluggable idle strategy.
 */
package io.sirocco.stores.sst;
