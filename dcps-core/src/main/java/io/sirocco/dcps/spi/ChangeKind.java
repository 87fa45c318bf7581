package io.sirocco.dcps.spi;

/** What a writer did to an instance: the RTPS change kinds as DCPS sees them. */
public enum ChangeKind {
    /** A new value (write). */
    ALIVE,
    /** dispose(): the instance was deleted. */
    DISPOSED,
    /** unregister(): the writer no longer updates the instance. */
    UNREGISTERED,
    /** dispose and unregister in one change (auto-dispose on unregister). */
    DISPOSED_UNREGISTERED;

    public boolean disposes() {
        return this == DISPOSED || this == DISPOSED_UNREGISTERED;
    }

    public boolean unregisters() {
        return this == UNREGISTERED || this == DISPOSED_UNREGISTERED;
    }

    /** The change kind of the RTPS STATUS_INFO flags (bit 0 disposed, bit 1 unregistered). */
    public static ChangeKind fromStatusInfo(int flags) {
        boolean disposed = (flags & 1) != 0;
        boolean unregistered = (flags & 2) != 0;
        return disposed ? (unregistered ? DISPOSED_UNREGISTERED : DISPOSED) : (unregistered ? UNREGISTERED : ALIVE);
    }

    /** The RTPS STATUS_INFO flags of this kind. */
    public int statusInfo() {
        return (disposes() ? 1 : 0) | (unregisters() ? 2 : 0);
    }
}
