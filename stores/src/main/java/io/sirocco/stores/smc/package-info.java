/**
 * Small-message multicast (Derecho's SMC): a ring of slots per sender in its row, written in place
 * by the sender, detected by receivers through per-slot generations, bounded by window flow control.
 */
package io.sirocco.stores.smc;
