package io.sirocco.idl.model;

import java.util.ArrayList;
import java.util.List;

/**
 * A fixed-size, possibly multi-dimensional IDL array ({@code T x[2][3]}): the element type is never
 * itself an array, because the dimensions of an array typedef used in an array declarator are merged.
 */
public record ArrayType(IdlType element, List<Integer> dimensions) implements IdlType {

    public ArrayType {
        if (element instanceof ArrayType) {
            throw new IllegalArgumentException("nested ArrayType: use ArrayType.of");
        }
        dimensions = List.copyOf(dimensions);
    }

    /** {@code element[dims...]}, merging the dimensions when {@code element} is an array itself. */
    public static ArrayType of(IdlType element, List<Integer> dims) {
        if (element instanceof ArrayType inner) {
            List<Integer> all = new ArrayList<>(dims);
            all.addAll(inner.dimensions());
            return new ArrayType(inner.element(), all);
        }
        return new ArrayType(element, dims);
    }

    /** Total number of elements. */
    public long count() {
        long n = 1;
        for (int d : dimensions) {
            n *= d;
        }
        return n;
    }

    /** The array without its outermost dimension: the element type of the Java outer array. */
    public IdlType inner() {
        return dimensions.size() == 1 ? element : new ArrayType(element, dimensions.subList(1, dimensions.size()));
    }

    @Override
    public String describe() {
        StringBuilder sb = new StringBuilder(element.describe());
        for (int d : dimensions) {
            sb.append('[').append(d).append(']');
        }
        return sb.toString();
    }
}
