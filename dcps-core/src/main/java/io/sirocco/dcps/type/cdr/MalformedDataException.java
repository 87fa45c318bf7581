package io.sirocco.dcps.type.cdr;

/**
 * Serialized data that cannot be decoded: truncated, with a length that exceeds what remains, with an
 * invalid value (a boolean other than 0 or 1, an unknown enumerator, a string without its NUL) or with
 * framing that contradicts itself. Decoders raise only this exception for bad input, so a receive path
 * can drop the sample with one {@code catch} and carry on.
 */
public final class MalformedDataException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int offset;

    /**
     * @param problem what was wrong, in words
     * @param offset where, in bytes from the start of the serialized body
     */
    public MalformedDataException(String problem, int offset) {
        super(problem + " at offset " + offset);
        this.offset = offset;
    }

    /**
     * @param problem what was wrong, in words
     * @param offset where, in bytes from the start of the serialized body
     * @param cause the failure of a third-party decoder that detected the problem
     */
    public MalformedDataException(String problem, int offset, Throwable cause) {
        super(problem + " at offset " + offset, cause);
        this.offset = offset;
    }

    /** The offset of the problem, in bytes from the start of the serialized body. */
    public int offset() {
        return offset;
    }
}
