package io.sirocco.dcps.type.lookup;

public class NotACodec {
    public int value;
}
