package io.sirocco.idl.model;

/** {@code sequence<T>} or {@code sequence<T, N>}; {@code bound} 0 means unbounded. */
public record SequenceType(IdlType element, int bound) implements IdlType {

    public boolean isBounded() {
        return bound > 0;
    }

    @Override
    public String describe() {
        return "sequence<" + element.describe() + (bound > 0 ? ", " + bound : "") + ">";
    }
}
