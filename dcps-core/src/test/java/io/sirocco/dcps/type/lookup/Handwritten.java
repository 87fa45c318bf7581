package io.sirocco.dcps.type.lookup;

/** Mappable on its own, but {@link HandwrittenCodec} claims it by name. */
public class Handwritten {
    public int value;

    /** Also claimed by a codec named after its binary name: {@code Handwritten$NestedCodec}. */
    public static class Nested {
        public int value;
    }

    /** The codec of {@link Nested}, found as {@code io.sirocco.dcps.type.lookup.Handwritten$NestedCodec}. */
    public static class NestedCodec extends StubCodec<Nested> {
        public NestedCodec() {
            super(Nested.class, "Custom::Nested");
        }
    }
}
