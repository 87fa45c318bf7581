package io.sirocco.dcps.type.pojo;

/**
 * DDS type annotations that contradict each other or the field they sit on: {@code @Optional} on a
 * primitive or a key, a member id used twice or beyond 28 bits, an {@code @SerializeAs} kind or bound
 * that does not fit the Java type, an out-of-range {@code @BitBound}, two enum constants with one
 * {@code @Value}. Always an error: the author meant an XCDR type and wrote it wrongly.
 */
public final class InvalidTypeAnnotationException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public InvalidTypeAnnotationException(String message) {
        super(message);
    }
}
