package io.sirocco.dcps.type.testtypes;

import org.omg.dds.type.BitBound;
import org.omg.dds.type.Value;

/** An 8-bit enum with annotated values. */
@BitBound(8)
public enum Tiny {
    @Value(3) THREE,
    @Value(7) SEVEN
}
