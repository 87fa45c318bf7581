package io.sirocco.idl.model;

import java.math.BigInteger;

/** The value of a constant expression. */
public sealed interface ConstValue {

    /** An integer (any integer type, octet included). */
    record Int(BigInteger value) implements ConstValue {
    }

    /** A float or double. */
    record Float(double value) implements ConstValue {
    }

    record Bool(boolean value) implements ConstValue {
    }

    /** A char or wchar. */
    record Char(char value) implements ConstValue {
    }

    /** A string or wstring. */
    record Str(String value) implements ConstValue {
    }

    /** An enumerator. */
    record Enumerator(EnumType type, EnumType.Literal literal) implements ConstValue {
    }
}
