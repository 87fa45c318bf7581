package io.sirocco.dcps.type.testtypes;

import org.omg.dds.type.Extensibility;

/** {@link RichFields} as an APPENDABLE struct. */
@Extensibility(Extensibility.Kind.EXTENSIBLE_EXTENSIBILITY)
public class RichAppendable extends RichFields {
}
