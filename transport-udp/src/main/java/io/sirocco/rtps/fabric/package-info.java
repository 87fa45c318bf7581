/**
 * The network fallback of the Fabric SPI ({@code io.sirocco.stores.fabric}): group members on
 * different hosts keep their own copy of every member's row, and a push travels as an
 * {@code (offset, length, bytes)} frame over one TCP connection per pair of members, which gives
 * the per-peer FIFO and reliability the Fabric contract asks for. The RTPS UDP path of this module
 * is not involved. See {@code docs/netfabric-draft.md}.
 */
package io.sirocco.rtps.fabric;
