package io.sirocco.dcps.filter;

import java.lang.invoke.MethodHandle;

/**
 * Reads a value as text: a string or other {@link CharSequence} as it is, an enum as its constant
 * name, a char as a one-character string.
 */
final class TextReader extends FieldReader implements TextSource {
    /** {@code (Object)Object} converting the owner to text, or {@code null} when the owner is the text. */
    private final MethodHandle leaf;

    TextReader(String path, MethodHandle[] steps, MethodHandle leaf) {
        super(path, steps);
        this.leaf = leaf;
    }

    @Override
    public CharSequence text(Object sample) {
        Object owner = owner(sample);
        if (owner == null || leaf == null) {
            return (CharSequence) owner;
        }
        try {
            return (CharSequence) (Object) leaf.invokeExact(owner);
        } catch (Throwable failure) {
            throw failed(failure);
        }
    }
}
