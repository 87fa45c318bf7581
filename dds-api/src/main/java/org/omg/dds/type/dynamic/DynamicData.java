package org.omg.dds.type.dynamic;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import org.omg.dds.core.DDSObject;

/** TODO */
public interface DynamicData extends DDSObject, Cloneable {

    /** TODO */
    DynamicType getType();

    /** TODO */
    List<MemberDescriptor> getDescriptors();

    /** TODO */
    int getMemberIdByName(String name);

    /** TODO */
    int getMemberIdAtIndex(int value);

    /** TODO */
    void clearAllValues();

    /** TODO */
    void clearNonkeyValues();

    /** TODO */
    void clearValue(int value);

    /** TODO */
    void clearValue(String name);

    /** TODO */
    <T> void setValue(int value, T value2, Class<T> type);

    /** TODO */
    <T> void setValue(String name, T value, Class<T> type);

    /** TODO */
    <T> T getValue(int value, Class<T> type);

    /** TODO */
    <T> T getValue(String name, Class<T> type);

    /** TODO */
    DynamicData loanValue(int value);

    /** TODO */
    void returnLoanedValue(DynamicData dynamicData);

    /** TODO */
    int getInt32Value(int value);

    /** TODO */
    DynamicData setInt32Value(int value, int value2);

    /** TODO */
    short getInt16Value(int value);

    /** TODO */
    DynamicData setInt16Value(int value, short value2);

    /** TODO */
    long getInt64Value(int value);

    /** TODO */
    DynamicData setInt64Value(int value, long amount);

    /** TODO */
    BigInteger getBigIntegerValue(int value);

    /** TODO */
    DynamicData setBigIntegerValue(int value, BigInteger bigInteger);

    /** TODO */
    float getFloat32Value(int value);

    /** TODO */
    DynamicData setFloat32Value(int value, float value2);

    /** TODO */
    double getFloat64Value(int value);

    /** TODO */
    DynamicData setFloat64Value(int value, double value2);

    /** TODO */
    BigDecimal getBigDecimalValue(int value);

    /** TODO */
    DynamicData setBigDecimalValue(int value, BigDecimal bigDecimal);

    /** TODO */
    char getCharValue(int value);

    /** TODO */
    DynamicData setCharValue(int value, char value2);

    /** TODO */
    byte getByteValue(int value);

    /** TODO */
    DynamicData setByteValue(int value, byte value2);

    /** TODO */
    boolean getBooleanValue(int value);

    /** TODO */
    DynamicData setBooleanValue(int value, boolean value2);

    /** TODO */
    String getStringValue(int value);

    /** TODO */
    DynamicData setStringValue(int value, CharSequence charSequence);

    /** TODO */
    DynamicData getComplexValue(int value);

    /** TODO */
    DynamicData getComplexValue(String name);

    /** TODO */
    DynamicData setComplexValue(int value, DynamicData dynamicData);

    /** TODO */
    int getInt32Values(int[] values, int value, int value2, int value3);

    /** TODO */
    DynamicData setInt32Values(int value, int[] values, int value2, int value3);

    /** TODO */
    int getInt16Values(short[] values, int value, int value2, int value3);

    /** TODO */
    DynamicData setInt16Values(int value, short[] values, int value2, int value3);

    /** TODO */
    int getInt64Values(long[] values, int value, int value2, int value3);

    /** TODO */
    DynamicData setInt64Values(int value, long[] values, int value2, int value3);

    /** TODO */
    List<BigInteger> getBigIntegerValues(List<BigInteger> list, int value);

    /** TODO */
    DynamicData setBigIntegerValues(int value, List<BigInteger> list);

    /** TODO */
    int getFloat32Values(float[] values, int value, int value2, int value3);

    /** TODO */
    DynamicData setFloat32Values(int value, float[] values, int value2, int value3);

    /** TODO */
    int getFloat64Values(double[] values, int value, int value2, int value3);

    /** TODO */
    DynamicData setFloat64Values(int value, double[] values, int value2, int value3);

    /** TODO */
    List<BigDecimal> getBigDecimalValues(List<BigDecimal> list, int value);

    /** TODO */
    DynamicData setBigDecimalValues(int value, List<BigDecimal> list);

    /** TODO */
    int getCharValues(char[] values, int value, int value2, int value3);

    /** TODO */
    StringBuilder getCharValues(StringBuilder stringBuilder, int value);

    /** TODO */
    DynamicData setCharValues(int value, char[] values, int value2, int value3);

    /** TODO */
    DynamicData setCharValues(int value, CharSequence charSequence);

    /** TODO */
    int getByteValues(byte[] values, int value, int value2, int value3);

    /** TODO */
    DynamicData setByteValues(int value, byte[] values, int value2, int value3);

    /** TODO */
    int getBooleanValues(boolean[] values, int value, int value2, int value3);

    /** TODO */
    DynamicData setBooleanValues(int value, boolean[] values, int value2, int value3);

    /** TODO */
    void getStringValues(List<String> list, int value);

    /** TODO */
    DynamicData setStringValues(int value, String[] values, int value2, int value3);

    /** TODO */
    DynamicData setStringValues(int value, List<String> list);

    /** TODO */
    DynamicData clone();
}
