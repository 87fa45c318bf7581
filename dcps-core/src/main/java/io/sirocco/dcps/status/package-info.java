/**
 * Immutable snapshots of the 13 DDS communication statuses ({@code <Name>Snapshot}), the listener
 * events that carry them ({@code <Name>Notice}), and {@link io.sirocco.dcps.status.StatusKinds}, the
 * validated sets and masks of status kinds. An entity keeps its current snapshot in a field and
 * replaces it with the one returned by a transition ({@code matched}, {@code missed},
 * {@code resetChanges}, ...), so a snapshot handed to an application never changes afterwards.
 */
package io.sirocco.dcps.status;
