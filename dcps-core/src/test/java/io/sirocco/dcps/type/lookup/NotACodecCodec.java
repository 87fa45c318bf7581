package io.sirocco.dcps.type.lookup;

/** Named like a codec of {@link NotACodec} but is not one: lookup ignores it. */
public class NotACodecCodec {
}
