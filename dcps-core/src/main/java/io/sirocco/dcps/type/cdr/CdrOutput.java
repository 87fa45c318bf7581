package io.sirocco.dcps.type.cdr;

/** Placeholder: the XCDR serializer (being written). */
public final class CdrOutput {
}
