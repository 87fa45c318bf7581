package io.sirocco.dcps.type.cdr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sirocco.dcps.type.TypeExtensibility;
import java.nio.ByteOrder;
import org.junit.jupiter.api.Test;

class EncapsulationTest {

    @Test
    void identifiersAreTheXTypes13Values() {
        assertEquals(0x0000, Encapsulation.identifier(XcdrVersion.XCDR1, TypeExtensibility.FINAL, ByteOrder.BIG_ENDIAN));
        assertEquals(0x0001, Encapsulation.identifier(XcdrVersion.XCDR1, TypeExtensibility.APPENDABLE, ByteOrder.LITTLE_ENDIAN));
        assertEquals(0x0003, Encapsulation.identifier(XcdrVersion.XCDR1, TypeExtensibility.MUTABLE, ByteOrder.LITTLE_ENDIAN));
        assertEquals(0x0006, Encapsulation.identifier(XcdrVersion.XCDR2, TypeExtensibility.FINAL, ByteOrder.BIG_ENDIAN));
        assertEquals(0x0007, Encapsulation.identifier(XcdrVersion.XCDR2, TypeExtensibility.FINAL, ByteOrder.LITTLE_ENDIAN));
        assertEquals(0x0009, Encapsulation.identifier(XcdrVersion.XCDR2, TypeExtensibility.APPENDABLE, ByteOrder.LITTLE_ENDIAN));
        assertEquals(0x000a, Encapsulation.identifier(XcdrVersion.XCDR2, TypeExtensibility.MUTABLE, ByteOrder.BIG_ENDIAN));
        assertEquals(0x000b, Encapsulation.identifier(XcdrVersion.XCDR2, TypeExtensibility.MUTABLE, ByteOrder.LITTLE_ENDIAN));
    }

    @Test
    void identifiersMapBackToVersionAndOrder() {
        for (int id : new int[] {0, 1, 2, 3, 6, 7, 8, 9, 10, 11}) {
            assertTrue(Encapsulation.isXcdr(id));
            assertEquals(id <= 3 ? XcdrVersion.XCDR1 : XcdrVersion.XCDR2, Encapsulation.version(id));
            assertEquals((id & 1) == 1 ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN, Encapsulation.byteOrder(id));
        }
        assertFalse(Encapsulation.isXcdr(0x0004));
        assertFalse(Encapsulation.isXcdr(0x0012));
    }

    @Test
    void headerIsBigEndianIdentifierThenOptions() {
        byte[] b = new byte[4];
        Encapsulation.writeHeader(b, 0, Encapsulation.PL_CDR2_LE, 3);
        assertEquals(0x000b, Encapsulation.readIdentifier(b, 0));
        assertEquals(3, Encapsulation.readOptions(b, 0));
        assertEquals(0x0b, b[1]);
    }
}
