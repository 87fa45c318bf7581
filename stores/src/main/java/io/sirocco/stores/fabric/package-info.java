/**
 * The Fabric SPI: what the group engine needs from a transport (Derecho's assumptions about RDMA).
 *
 * <ol>
 *   <li>Each member of a group has a region with one row per member; it writes only its own row.</li>
 *   <li>{@link io.sirocco.stores.fabric.FabricGroup#push} copies a byte range of the local row into
 *       the same range of that row in peers' copies (one-sided: the peer's code is not involved).</li>
 *   <li>Pushes from one member to one peer take effect in the order they were posted, so a payload
 *       pushed before a counter is visible to a peer that sees the counter.</li>
 *   <li>Aligned 8-byte words are written and read atomically.</li>
 *   <li>A per-peer failure signal ({@link io.sirocco.stores.fabric.FabricGroup#failed}) feeds failure
 *       detection.</li>
 * </ol>
 *
 * <p>Implementations: an in-JVM fabric for tests (in this module), shared memory
 * ({@code transport-shm}), the network fallback ({@code transport-udp}) and RDMA. They are found with
 * {@link java.util.ServiceLoader} as {@link io.sirocco.stores.fabric.FabricProvider}s.
 */
package io.sirocco.stores.fabric;
