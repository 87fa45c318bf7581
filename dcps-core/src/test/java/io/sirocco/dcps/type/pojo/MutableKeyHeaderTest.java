package io.sirocco.dcps.type.pojo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.sirocco.dcps.type.cdr.CdrOutput;
import io.sirocco.dcps.type.cdr.XcdrVersion;
import java.nio.ByteOrder;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.omg.dds.type.Extensibility;
import org.omg.dds.type.Key;

/**
 * Key members of mutable types carry the must-understand flag (XTypes 1.3 7.2.2.4.4.4.8), in the
 * XCDR2 EMHEADER (bit 31) and in the XCDR1 parameter header (0x4000), as Cyclone DDS writes them.
 */
class MutableKeyHeaderTest {

    /** @mutable struct Keyed { @key long id; short other; } */
    @Extensibility(Extensibility.Kind.MUTABLE_EXTENSIBILITY)
    public static class Keyed {
        @Key
        public int id = 0x0A0B0C0D;
        public short other = 0x0102;
    }

    private static String hex(XcdrVersion v) {
        CdrOutput out = new CdrOutput().reset(v, ByteOrder.LITTLE_ENDIAN);
        PojoCodec.of(Keyed.class).serialize(new Keyed(), out);
        return HexFormat.of().formatHex(out.toByteArray());
    }

    @Test
    void xcdr2EmHeaderOfAKeyHasTheMustUnderstandBit() {
        // DHEADER 14 (0x0e) | EMHEADER M=1 LC=2 id=0 | id | EMHEADER M=0 LC=1 id=1 | other
        assertEquals("0e000000" + "000000a0" + "0d0c0b0a" + "01000010" + "0201", hex(XcdrVersion.XCDR2));
    }

    @Test
    void xcdr1ParameterHeaderOfAKeyHasTheMustUnderstandFlag() {
        // PID 0x4000|0 length 4 | id | PID 1 length 4 | other, padding | sentinel 0x7f02
        assertEquals("00400400" + "0d0c0b0a" + "01000400" + "02010000" + "027f0000", hex(XcdrVersion.XCDR1));
    }
}
