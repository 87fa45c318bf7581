package io.sirocco.dcps.type.cdr;

/**
 * The two versions of the OMG extended CDR encoding (DDS-XTypes 1.3, 7.4). They differ in the
 * largest alignment (8 bytes in version 1, 4 in version 2), in how extensible and mutable types are
 * framed (nothing / parameter lists in version 1, DHEADER / EMHEADER in version 2) and in how optional
 * members are marked.
 */
public enum XcdrVersion {
    /** XCDR version 1: primitives aligned to their size up to 8; mutable types as parameter lists. */
    XCDR1(8),
    /** XCDR version 2: primitives aligned to min(size, 4); DHEADER and EMHEADER framing. */
    XCDR2(4);

    private final int maxAlignment;

    XcdrVersion(int maxAlignment) {
        this.maxAlignment = maxAlignment;
    }

    /** The largest alignment any value needs in this version (8 or 4 bytes). */
    public int maxAlignment() {
        return maxAlignment;
    }
}
