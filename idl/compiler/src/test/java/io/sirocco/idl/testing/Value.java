package io.sirocco.idl.testing;

import io.sirocco.idl.model.ConstValue;
import io.sirocco.idl.model.EnumType;
import io.sirocco.idl.model.StructType;
import io.sirocco.idl.model.UnionType;
import java.util.List;

/**
 * A sample value described independently of Java and C, so that one random value can be built as a
 * Java object and written as C assignments. Absent optional members are {@code null} in
 * {@link Struct#fields()}.
 */
public sealed interface Value {

    /** Integers, chars, booleans (0/1) and bitmasks, as their bits. */
    record Int(long bits) implements Value {
    }

    /** float (stored widened) or double. */
    record Real(double value) implements Value {
    }

    record Text(String value) implements Value {
    }

    record Enumerator(EnumType.Literal literal) implements Value {
    }

    /** The elements of a sequence, or of one dimension of an array. */
    record Items(List<Value> items) implements Value {
    }

    /** Member values in {@link StructType#allFields()} order. */
    record Struct(StructType type, List<Value> fields) implements Value {
    }

    /** A union: its discriminator, the selected case (-1 for none) and its value. */
    record Union(UnionType type, ConstValue discriminator, int caseIndex, Value value) implements Value {
    }
}
