package io.sirocco.dcps.type.lookup;

/** Its {@link MismatchedCodec} claims the wrong class: lookup must refuse it. */
public class Mismatched {
    public int value;
}
