package io.sirocco.dcps.type.pojo;

/**
 * A class or field that the XCDR mapping cannot represent (an {@code Object}, {@code Map} or
 * interface-typed field, a final field, a record, a class that contains itself...); says which and
 * why. Such classes use Kryo instead. Compare {@link InvalidTypeAnnotationException}.
 */
public final class UnsupportedTypeException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public UnsupportedTypeException(String message) {
        super(message);
    }
}
