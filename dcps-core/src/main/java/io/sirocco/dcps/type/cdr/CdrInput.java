package io.sirocco.dcps.type.cdr;

/** Placeholder: the XCDR deserializer (being written). */
public final class CdrInput {
}
