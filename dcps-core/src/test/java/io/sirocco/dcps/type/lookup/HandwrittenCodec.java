package io.sirocco.dcps.type.lookup;

/** A hand-written codec, found by the {@code <binary name>Codec} convention. */
public class HandwrittenCodec extends StubCodec<Handwritten> {
    public HandwrittenCodec() {
        super(Handwritten.class, "Custom::Handwritten");
    }
}
