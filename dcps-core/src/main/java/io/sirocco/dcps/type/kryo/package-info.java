/**
 * Kryo-backed codecs for classes XCDR cannot describe ({@link io.sirocco.dcps.type.kryo.KryoCodec});
 * a Sirocco-only data representation.
 */
package io.sirocco.dcps.type.kryo;
