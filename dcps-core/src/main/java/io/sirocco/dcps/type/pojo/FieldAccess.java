package io.sirocco.dcps.type.pojo;

/**
 * Raw access to the fields one class declares, by storage kind and slot, plus its no-argument
 * constructor. Codecs hold one per declaring class in the hierarchy of a mapped type.
 *
 * <p>The fast implementation is a hidden class generated per declaring class (see
 * {@link AccessGenerator}): a nestmate of that class, so it reads and writes even private fields with
 * plain {@code getfield}/{@code putfield}, one {@code tableswitch} per call. {@link VarHandleAccess} is
 * the fallback when a hidden class cannot be defined (the type lives in another module or class-loader
 * world). This class is public only so that generated classes in the user's package can extend it;
 * it is not an API.
 *
 * <p>Slots are numbered per storage kind in field-declaration order ({@link #storageOf}).
 */
public abstract class FieldAccess {
    /** Storage kinds: the JVM types a field can have. */
    static final int Z = 0;
    static final int B = 1;
    static final int S = 2;
    static final int C = 3;
    static final int I = 4;
    static final int J = 5;
    static final int F = 6;
    static final int D = 7;
    static final int L = 8;
    static final int STORAGE_KINDS = 9;

    /** For generated subclasses. */
    protected FieldAccess() {
    }

    /** The storage kind of a field of type {@code type}. */
    static int storageOf(Class<?> type) {
        if (!type.isPrimitive()) {
            return L;
        }
        if (type == boolean.class) {
            return Z;
        } else if (type == byte.class) {
            return B;
        } else if (type == short.class) {
            return S;
        } else if (type == char.class) {
            return C;
        } else if (type == int.class) {
            return I;
        } else if (type == long.class) {
            return J;
        } else if (type == float.class) {
            return F;
        } else if (type == double.class) {
            return D;
        }
        throw new IllegalArgumentException("no field can have type " + type);
    }

    /** Raised by generated code for a slot it does not have (a codec bug). */
    public static RuntimeException noSuchSlot(int slot) {
        return new IllegalStateException("no field in slot " + slot);
    }

    /** A new instance through the no-argument constructor. */
    public Object newInstance() {
        throw new UnsupportedOperationException("no accessible no-argument constructor");
    }

    public boolean getBoolean(Object o, int slot) {
        throw noSuchSlot(slot);
    }

    public void setBoolean(Object o, int slot, boolean v) {
        throw noSuchSlot(slot);
    }

    public byte getByte(Object o, int slot) {
        throw noSuchSlot(slot);
    }

    public void setByte(Object o, int slot, byte v) {
        throw noSuchSlot(slot);
    }

    public short getShort(Object o, int slot) {
        throw noSuchSlot(slot);
    }

    public void setShort(Object o, int slot, short v) {
        throw noSuchSlot(slot);
    }

    public char getChar(Object o, int slot) {
        throw noSuchSlot(slot);
    }

    public void setChar(Object o, int slot, char v) {
        throw noSuchSlot(slot);
    }

    public int getInt(Object o, int slot) {
        throw noSuchSlot(slot);
    }

    public void setInt(Object o, int slot, int v) {
        throw noSuchSlot(slot);
    }

    public long getLong(Object o, int slot) {
        throw noSuchSlot(slot);
    }

    public void setLong(Object o, int slot, long v) {
        throw noSuchSlot(slot);
    }

    public float getFloat(Object o, int slot) {
        throw noSuchSlot(slot);
    }

    public void setFloat(Object o, int slot, float v) {
        throw noSuchSlot(slot);
    }

    public double getDouble(Object o, int slot) {
        throw noSuchSlot(slot);
    }

    public void setDouble(Object o, int slot, double v) {
        throw noSuchSlot(slot);
    }

    public Object getObject(Object o, int slot) {
        throw noSuchSlot(slot);
    }

    public void setObject(Object o, int slot, Object v) {
        throw noSuchSlot(slot);
    }
}
