/**
 * The multicast engine of one member of a group: unordered (EVENTUAL) and ordered (ATOMIC,
 * round-robin total order with null-sends) delivery over the SST and SMC, with failure detection and
 * Derecho-style view change (wedge, leader proposal, ack, ragged trim, new view on a new fabric
 * region; a minority stops); joins proposed by the leader and graceful leaves go through the same
 * agreement.
 */
package io.sirocco.stores.group;
