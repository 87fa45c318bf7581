/**
 * OMG extended CDR (DDS-XTypes 1.3, 7.4): {@link io.sirocco.dcps.type.cdr.CdrOutput} and
 * {@link io.sirocco.dcps.type.cdr.CdrInput} over reusable byte arrays, versions 1 and 2, both byte
 * orders, with the DHEADER/EMHEADER and parameter-list framing of appendable and mutable types; the
 * encapsulation identifiers of the payload header ({@link io.sirocco.dcps.type.cdr.Encapsulation}).
 * Decoding untrusted input fails only with {@link io.sirocco.dcps.type.cdr.MalformedDataException}.
 */
package io.sirocco.dcps.type.cdr;
