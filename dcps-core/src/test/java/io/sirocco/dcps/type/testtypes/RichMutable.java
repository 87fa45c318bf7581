package io.sirocco.dcps.type.testtypes;

import org.omg.dds.type.Extensibility;
import org.omg.dds.type.ID;

/** {@link RichFields} as a MUTABLE struct, plus members with large ids (extended XCDR1 parameter headers). */
@Extensibility(Extensibility.Kind.MUTABLE_EXTENSIBILITY)
public class RichMutable extends RichFields {
    @ID(0x4000)
    public int farAway;
    @ID(0x0FFF_FFFF)
    public String farthest;
}
