package io.sirocco.dcps.type.pojo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;

import io.sirocco.dcps.type.cdr.CdrInput;
import io.sirocco.dcps.type.cdr.CdrOutput;
import io.sirocco.dcps.type.cdr.XcdrVersion;
import io.sirocco.dcps.type.testtypes.Point;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteOrder;
import org.junit.jupiter.api.Test;

/**
 * A class loaded by another class loader lives in another unnamed module, where Sirocco cannot define
 * hidden nestmates: the codec falls back to VarHandles and still works.
 */
class IsolatedLoaderTest {

    /** Loads one class itself (child-first), everything else from the parent. */
    static final class OneClassLoader extends ClassLoader {
        private final String name;

        OneClassLoader(String name, ClassLoader parent) {
            super(parent);
            this.name = name;
        }

        @Override
        protected Class<?> loadClass(String n, boolean resolve) throws ClassNotFoundException {
            if (!n.equals(name)) {
                return super.loadClass(n, resolve);
            }
            synchronized (getClassLoadingLock(n)) {
                Class<?> c = findLoadedClass(n);
                if (c == null) {
                    try (InputStream in = getParent().getResourceAsStream(n.replace('.', '/') + ".class")) {
                        byte[] bytes = in.readAllBytes();
                        c = defineClass(n, bytes, 0, bytes.length);
                    } catch (IOException e) {
                        throw new ClassNotFoundException(n, e);
                    }
                }
                return c;
            }
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void classesFromAnotherLoaderFallBackToVarHandles() throws Exception {
        Class<Object> isolated = (Class<Object>) new OneClassLoader(Point.class.getName(), getClass().getClassLoader())
                .loadClass(Point.class.getName());
        assertNotSame(Point.class, isolated);
        PojoCodec<Object> codec = PojoCodec.of(isolated);
        assertFalse(codec.usesGeneratedAccess());
        assertFalse(codec.usesGeneratedBody());
        Object p = codec.newSample();
        isolated.getField("x").setDouble(p, 1.5);
        CdrOutput out = new CdrOutput().reset(XcdrVersion.XCDR1, ByteOrder.BIG_ENDIAN);
        codec.serialize(p, out);
        Object q = codec.newSample();
        codec.deserialize(new CdrInput().wrap(out.buffer(), 0, out.size(), XcdrVersion.XCDR1, ByteOrder.BIG_ENDIAN), q);
        assertEquals(1.5, isolated.getField("x").getDouble(q));
    }
}
