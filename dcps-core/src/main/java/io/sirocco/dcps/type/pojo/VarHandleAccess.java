package io.sirocco.dcps.type.pojo;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.invoke.VarHandle;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.List;

/**
 * {@link FieldAccess} through {@code VarHandle}s: correct everywhere reflection is allowed, but several
 * times slower than generated access because the handles are not constants to the JIT. Used when a
 * hidden class cannot be defined next to the type.
 */
final class VarHandleAccess extends FieldAccess {
    private final VarHandle[][] handles = new VarHandle[STORAGE_KINDS][];
    private final MethodHandle constructor;

    VarHandleAccess(Class<?> owner, List<Field> fields, boolean withConstructor) throws IllegalAccessException {
        MethodHandles.Lookup lookup = MethodHandles.privateLookupIn(owner, MethodHandles.lookup());
        int[] counts = new int[STORAGE_KINDS];
        for (Field f : fields) {
            counts[storageOf(f.getType())]++;
        }
        for (int k = 0; k < STORAGE_KINDS; k++) {
            handles[k] = new VarHandle[counts[k]];
        }
        int[] next = new int[STORAGE_KINDS];
        for (Field f : fields) {
            int k = storageOf(f.getType());
            handles[k][next[k]++] = lookup.unreflectVarHandle(f);
        }
        MethodHandle ctor = null;
        if (withConstructor && !Modifier.isAbstract(owner.getModifiers())) {
            try {
                ctor = lookup.findConstructor(owner, MethodType.methodType(void.class))
                        .asType(MethodType.methodType(Object.class));
            } catch (NoSuchMethodException e) {
                ctor = null;
            }
        }
        this.constructor = ctor;
    }

    @Override
    public Object newInstance() {
        if (constructor == null) {
            return super.newInstance();
        }
        try {
            return (Object) constructor.invokeExact();
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException("constructor failed", t);
        }
    }

    @Override
    public boolean getBoolean(Object o, int slot) {
        return (boolean) handles[Z][slot].get(o);
    }

    @Override
    public void setBoolean(Object o, int slot, boolean v) {
        handles[Z][slot].set(o, v);
    }

    @Override
    public byte getByte(Object o, int slot) {
        return (byte) handles[B][slot].get(o);
    }

    @Override
    public void setByte(Object o, int slot, byte v) {
        handles[B][slot].set(o, v);
    }

    @Override
    public short getShort(Object o, int slot) {
        return (short) handles[S][slot].get(o);
    }

    @Override
    public void setShort(Object o, int slot, short v) {
        handles[S][slot].set(o, v);
    }

    @Override
    public char getChar(Object o, int slot) {
        return (char) handles[C][slot].get(o);
    }

    @Override
    public void setChar(Object o, int slot, char v) {
        handles[C][slot].set(o, v);
    }

    @Override
    public int getInt(Object o, int slot) {
        return (int) handles[I][slot].get(o);
    }

    @Override
    public void setInt(Object o, int slot, int v) {
        handles[I][slot].set(o, v);
    }

    @Override
    public long getLong(Object o, int slot) {
        return (long) handles[J][slot].get(o);
    }

    @Override
    public void setLong(Object o, int slot, long v) {
        handles[J][slot].set(o, v);
    }

    @Override
    public float getFloat(Object o, int slot) {
        return (float) handles[F][slot].get(o);
    }

    @Override
    public void setFloat(Object o, int slot, float v) {
        handles[F][slot].set(o, v);
    }

    @Override
    public double getDouble(Object o, int slot) {
        return (double) handles[D][slot].get(o);
    }

    @Override
    public void setDouble(Object o, int slot, double v) {
        handles[D][slot].set(o, v);
    }

    @Override
    public Object getObject(Object o, int slot) {
        return handles[L][slot].get(o);
    }

    @Override
    public void setObject(Object o, int slot, Object v) {
        handles[L][slot].set(o, v);
    }
}
