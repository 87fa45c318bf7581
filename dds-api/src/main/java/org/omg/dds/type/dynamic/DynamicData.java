package org.omg.dds.type.dynamic;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import org.omg.dds.core.DDSObject;

/**
 * A sample of a {@link DynamicType}, whose members are read and written by member id (or, for some
 * methods, by name) instead of through Java fields. Members of collection type are accessed through the
 * {@code ...Values} methods, which copy between the member and a Java array, list or builder; setters
 * return this object so that calls can be chained.
 */
public interface DynamicData extends DDSObject, Cloneable {

    /** The type of this sample. */
    DynamicType getType();

    /** The descriptors of the members of this sample's type. */
    List<MemberDescriptor> getDescriptors();

    /** The id of the member named {@code memberName}. */
    int getMemberIdByName(String memberName);

    /** The id of the member at position {@code index}, starting at 0. */
    int getMemberIdAtIndex(int index);

    /** Resets every member to its default value. */
    void clearAllValues();

    /** Resets every member that is not part of the key to its default value. */
    void clearNonkeyValues();

    /** Resets the member {@code memberId} to its default value. */
    void clearValue(int memberId);

    /** Resets the member named {@code memberName} to its default value. */
    void clearValue(String memberName);

    /** Sets the member {@code memberId} to {@code value}, which is of Java type {@code type}. */
    <T> void setValue(int memberId, T value, Class<T> type);

    /** Sets the member named {@code memberName} to {@code value}, which is of Java type {@code type}. */
    <T> void setValue(String memberName, T value, Class<T> type);

    /** The value of the member {@code memberId}, as Java type {@code type}. */
    <T> T getValue(int memberId, Class<T> type);

    /** The value of the member named {@code memberName}, as Java type {@code type}. */
    <T> T getValue(String memberName, Class<T> type);

    /**
     * A view of the complex member {@code memberId} through which it can be read and changed in place,
     * without copying; hand it back with {@link #returnLoanedValue(DynamicData)} when done.
     */
    DynamicData loanValue(int memberId);

    /** Ends a loan obtained from {@link #loanValue(int)}; {@code loan} must not be used afterwards. */
    void returnLoanedValue(DynamicData loan);

    /** The value of the signed 32-bit integer member {@code memberId}. */
    int getInt32Value(int memberId);

    /** Sets the signed 32-bit integer member {@code memberId}. */
    DynamicData setInt32Value(int memberId, int value);

    /** The value of the signed 16-bit integer member {@code memberId}. */
    short getInt16Value(int memberId);

    /** Sets the signed 16-bit integer member {@code memberId}. */
    DynamicData setInt16Value(int memberId, short value);

    /** The value of the signed 64-bit integer member {@code memberId}. */
    long getInt64Value(int memberId);

    /** Sets the signed 64-bit integer member {@code memberId}. */
    DynamicData setInt64Value(int memberId, long value);

    /** The value of the integer member {@code memberId}, typically an unsigned 64-bit one. */
    BigInteger getBigIntegerValue(int memberId);

    /** Sets the integer member {@code memberId}, typically an unsigned 64-bit one. */
    DynamicData setBigIntegerValue(int memberId, BigInteger value);

    /** The value of the 32-bit floating-point member {@code memberId}. */
    float getFloat32Value(int memberId);

    /** Sets the 32-bit floating-point member {@code memberId}. */
    DynamicData setFloat32Value(int memberId, float value);

    /** The value of the 64-bit floating-point member {@code memberId}. */
    double getFloat64Value(int memberId);

    /** Sets the 64-bit floating-point member {@code memberId}. */
    DynamicData setFloat64Value(int memberId, double value);

    /** The value of the floating-point member {@code memberId}, typically a 128-bit one. */
    BigDecimal getBigDecimalValue(int memberId);

    /** Sets the floating-point member {@code memberId}, typically a 128-bit one. */
    DynamicData setBigDecimalValue(int memberId, BigDecimal value);

    /** The value of the character member {@code memberId}. */
    char getCharValue(int memberId);

    /** Sets the character member {@code memberId}. */
    DynamicData setCharValue(int memberId, char value);

    /** The value of the byte member {@code memberId}. */
    byte getByteValue(int memberId);

    /** Sets the byte member {@code memberId}. */
    DynamicData setByteValue(int memberId, byte value);

    /** The value of the boolean member {@code memberId}. */
    boolean getBooleanValue(int memberId);

    /** Sets the boolean member {@code memberId}. */
    DynamicData setBooleanValue(int memberId, boolean value);

    /** The value of the string member {@code memberId}. */
    String getStringValue(int memberId);

    /** Sets the string member {@code memberId}. */
    DynamicData setStringValue(int memberId, CharSequence value);

    /** A copy of the complex (structure, union or collection) member {@code memberId}. */
    DynamicData getComplexValue(int memberId);

    /** A copy of the complex (structure, union or collection) member named {@code memberName}. */
    DynamicData getComplexValue(String memberName);

    /** Sets the complex member {@code memberId} to a copy of {@code value}. */
    DynamicData setComplexValue(int memberId, DynamicData value);

    /**
     * Copies the elements of the collection member {@code memberId} into {@code values}, starting at
     * index {@code offset} and copying at most {@code length} elements.
     *
     * @return the number of elements copied
     */
    int getInt32Values(int[] values, int offset, int length, int memberId);

    /**
     * Sets the collection member {@code memberId} to the {@code length} elements of {@code values} that
     * start at index {@code offset}.
     */
    DynamicData setInt32Values(int memberId, int[] values, int offset, int length);

    /**
     * Copies the elements of the collection member {@code memberId} into {@code values}, starting at
     * index {@code offset} and copying at most {@code length} elements.
     *
     * @return the number of elements copied
     */
    int getInt16Values(short[] values, int offset, int length, int memberId);

    /**
     * Sets the collection member {@code memberId} to the {@code length} elements of {@code values} that
     * start at index {@code offset}.
     */
    DynamicData setInt16Values(int memberId, short[] values, int offset, int length);

    /**
     * Copies the elements of the collection member {@code memberId} into {@code values}, starting at
     * index {@code offset} and copying at most {@code length} elements.
     *
     * @return the number of elements copied
     */
    int getInt64Values(long[] values, int offset, int length, int memberId);

    /**
     * Sets the collection member {@code memberId} to the {@code length} elements of {@code values} that
     * start at index {@code offset}.
     */
    DynamicData setInt64Values(int memberId, long[] values, int offset, int length);

    /**
     * Fills {@code values} with the elements of the collection member {@code memberId}.
     *
     * @return {@code values}
     */
    List<BigInteger> getBigIntegerValues(List<BigInteger> values, int memberId);

    /** Sets the collection member {@code memberId} to the elements of {@code values}, in order. */
    DynamicData setBigIntegerValues(int memberId, List<BigInteger> values);

    /**
     * Copies the elements of the collection member {@code memberId} into {@code values}, starting at
     * index {@code offset} and copying at most {@code length} elements.
     *
     * @return the number of elements copied
     */
    int getFloat32Values(float[] values, int offset, int length, int memberId);

    /**
     * Sets the collection member {@code memberId} to the {@code length} elements of {@code values} that
     * start at index {@code offset}.
     */
    DynamicData setFloat32Values(int memberId, float[] values, int offset, int length);

    /**
     * Copies the elements of the collection member {@code memberId} into {@code values}, starting at
     * index {@code offset} and copying at most {@code length} elements.
     *
     * @return the number of elements copied
     */
    int getFloat64Values(double[] values, int offset, int length, int memberId);

    /**
     * Sets the collection member {@code memberId} to the {@code length} elements of {@code values} that
     * start at index {@code offset}.
     */
    DynamicData setFloat64Values(int memberId, double[] values, int offset, int length);

    /**
     * Fills {@code values} with the elements of the collection member {@code memberId}.
     *
     * @return {@code values}
     */
    List<BigDecimal> getBigDecimalValues(List<BigDecimal> values, int memberId);

    /** Sets the collection member {@code memberId} to the elements of {@code values}, in order. */
    DynamicData setBigDecimalValues(int memberId, List<BigDecimal> values);

    /**
     * Copies the elements of the collection member {@code memberId} into {@code values}, starting at
     * index {@code offset} and copying at most {@code length} elements.
     *
     * @return the number of elements copied
     */
    int getCharValues(char[] values, int offset, int length, int memberId);

    /**
     * Appends the characters of the collection member {@code memberId} to {@code builder}.
     *
     * @return {@code builder}
     */
    StringBuilder getCharValues(StringBuilder builder, int memberId);

    /**
     * Sets the collection member {@code memberId} to the {@code length} elements of {@code values} that
     * start at index {@code offset}.
     */
    DynamicData setCharValues(int memberId, char[] values, int offset, int length);

    /** Sets the collection member {@code memberId} to the characters of {@code values}. */
    DynamicData setCharValues(int memberId, CharSequence values);

    /**
     * Copies the elements of the collection member {@code memberId} into {@code values}, starting at
     * index {@code offset} and copying at most {@code length} elements.
     *
     * @return the number of elements copied
     */
    int getByteValues(byte[] values, int offset, int length, int memberId);

    /**
     * Sets the collection member {@code memberId} to the {@code length} elements of {@code values} that
     * start at index {@code offset}.
     */
    DynamicData setByteValues(int memberId, byte[] values, int offset, int length);

    /**
     * Copies the elements of the collection member {@code memberId} into {@code values}, starting at
     * index {@code offset} and copying at most {@code length} elements.
     *
     * @return the number of elements copied
     */
    int getBooleanValues(boolean[] values, int offset, int length, int memberId);

    /**
     * Sets the collection member {@code memberId} to the {@code length} elements of {@code values} that
     * start at index {@code offset}.
     */
    DynamicData setBooleanValues(int memberId, boolean[] values, int offset, int length);

    /** Fills {@code values} with the elements of the collection member {@code memberId}. */
    void getStringValues(List<String> values, int memberId);

    /**
     * Sets the collection member {@code memberId} to the {@code length} elements of {@code values} that
     * start at index {@code offset}.
     */
    DynamicData setStringValues(int memberId, String[] values, int offset, int length);

    /** Sets the collection member {@code memberId} to the elements of {@code values}, in order. */
    DynamicData setStringValues(int memberId, List<String> values);

    /** A deep copy of this sample. */
    DynamicData clone();
}
