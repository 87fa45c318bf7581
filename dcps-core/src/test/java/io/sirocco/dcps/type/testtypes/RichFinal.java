package io.sirocco.dcps.type.testtypes;

/** {@link RichFields} as a FINAL struct (no annotation: the default). */
public class RichFinal extends RichFields {
}
