/**
 * The multicast engine of one member of one group view: unordered (EVENTUAL) and ordered (ATOMIC,
 * round-robin total order with null-sends) delivery over the SST and SMC. Static views only so far.
 */
package io.sirocco.stores.group;
