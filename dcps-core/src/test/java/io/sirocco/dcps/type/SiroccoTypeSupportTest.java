package io.sirocco.dcps.type;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sirocco.dcps.type.testtypes.Point;
import org.junit.jupiter.api.Test;
import org.omg.dds.core.ServiceEnvironment;
import org.omg.dds.type.builtin.KeyedString;

class SiroccoTypeSupportTest {
    private final ServiceEnvironment env = new TestEnvironment();

    @Test
    void defaultNameIsTheIdlName() {
        SiroccoTypeSupport<Point> ts = SiroccoTypeSupport.create(env, Point.class, null);
        assertEquals("io::sirocco::dcps::type::testtypes::Point", ts.getTypeName());
        assertSame(Point.class, ts.getType());
        assertSame(env, ts.getEnvironment());
        assertSame(TypeCodecs.forClass(Point.class), ts.codec());
        assertEquals(0.0, ts.newData().x);
    }

    @Test
    void registeredNameOverridesTheDefault() {
        assertEquals("Geometry::Point", SiroccoTypeSupport.create(env, Point.class, "Geometry::Point").getTypeName());
        assertThrows(IllegalArgumentException.class, () -> SiroccoTypeSupport.create(env, Point.class, ""));
    }

    @Test
    void nullTypeIsRejectedByName() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SiroccoTypeSupport.create(env, null, null));
        assertTrue(e.getMessage().contains("type"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> SiroccoTypeSupport.create(null, Point.class, null));
        assertTrue(e.getMessage().contains("environment"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> new SiroccoTypeSupport<Point>(env, null, null));
        assertTrue(e.getMessage().contains("codec"), e.getMessage());
    }

    @Test
    void builtinSamplesBelongToTheEnvironment() {
        SiroccoTypeSupport<KeyedString> ts = SiroccoTypeSupport.create(env, KeyedString.class, null);
        assertEquals("DDS::KeyedString", ts.getTypeName());
        KeyedString s = ts.newData();
        assertSame(env, s.getEnvironment());
        assertEquals("", s.getKey());
    }
}
