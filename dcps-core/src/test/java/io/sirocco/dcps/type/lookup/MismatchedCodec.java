package io.sirocco.dcps.type.lookup;

public class MismatchedCodec extends StubCodec<Handwritten> {
    public MismatchedCodec() {
        super(Handwritten.class, "Wrong");
    }
}
