package io.sirocco.dcps.type;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.sirocco.dcps.type.testtypes.Point;
import org.junit.jupiter.api.Test;

class TypeNamesTest {
    static class Outer {
        static class Inner {
        }
    }

    @Test
    void packagesBecomeModules() {
        assertEquals("io::sirocco::dcps::type::testtypes::Point", TypeNames.idlName(Point.class));
    }

    @Test
    void nestedClassesBecomeNestedScopes() {
        assertEquals("io::sirocco::dcps::type::TypeNamesTest::Outer::Inner", TypeNames.idlName(Outer.Inner.class));
    }

    @Test
    void primitivesArraysAndNullHaveNoName() {
        assertThrows(IllegalArgumentException.class, () -> TypeNames.idlName(int.class));
        assertThrows(IllegalArgumentException.class, () -> TypeNames.idlName(Point[].class));
        assertThrows(IllegalArgumentException.class, () -> TypeNames.idlName(null));
    }
}
