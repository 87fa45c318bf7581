package io.sirocco.idl.model;

/** {@code string}, {@code string<N>}, {@code wstring} or {@code wstring<N>}; {@code bound} 0 means unbounded. */
public record StringType(boolean wide, int bound) implements IdlType {

    public boolean isBounded() {
        return bound > 0;
    }

    @Override
    public String describe() {
        return (wide ? "wstring" : "string") + (bound > 0 ? "<" + bound + ">" : "");
    }
}
