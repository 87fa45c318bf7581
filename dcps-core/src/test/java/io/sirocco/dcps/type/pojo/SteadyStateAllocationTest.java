package io.sirocco.dcps.type.pojo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sirocco.dcps.type.cdr.CdrInput;
import io.sirocco.dcps.type.cdr.CdrOutput;
import io.sirocco.dcps.type.cdr.XcdrVersion;
import java.lang.management.ManagementFactory;
import java.nio.ByteOrder;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.omg.dds.type.Key;

/**
 * The write and take paths reuse everything: once warm, encoding, key hashing and decoding a keyed
 * struct into a sample that already holds equal strings allocates nothing. Counts bytes, not time.
 */
class SteadyStateAllocationTest {

    /** About 64 bytes in XCDR2. */
    public static class Telemetry {
        @Key
        public int sensorId = 17;
        @Key
        public String site = "north-7";
        public long timestamp = 1_700_000_000_000L;
        public double value = 21.5;
        public float quality = 0.9f;
        public short flags = 3;
        public boolean valid = true;
        public String unit = "degC";
        public int[] window = {1, 2};
    }

    @Test
    void encodeKeyHashAndDecodeAllocateNothingOnceWarm() {
        Assumptions.assumeTrue(ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean);
        com.sun.management.ThreadMXBean mx = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        Assumptions.assumeTrue(mx.isThreadAllocatedMemorySupported());
        PojoCodec<Telemetry> codec = PojoCodec.of(Telemetry.class);
        assertTrue(codec.usesGeneratedBody());
        Telemetry sample = new Telemetry();
        Telemetry target = codec.newSample();
        CdrOutput out = new CdrOutput();
        CdrInput in = new CdrInput();
        byte[] hash = new byte[16];
        long checksum = 0;
        for (int round = 0; round < 2; round++) {
            long before = mx.getCurrentThreadAllocatedBytes();
            for (int i = 0; i < 50_000; i++) {
                out.reset(XcdrVersion.XCDR2, ByteOrder.LITTLE_ENDIAN, 4);
                codec.serialize(sample, out);
                codec.keyHash(sample, hash);
                in.wrap(out.buffer(), out.start(), out.size(), XcdrVersion.XCDR2, ByteOrder.LITTLE_ENDIAN);
                codec.deserialize(in, target);
                checksum += target.window[1] + hash[0];
            }
            long allocated = mx.getCurrentThreadAllocatedBytes() - before;
            if (round == 1) {
                assertTrue(allocated < 4096, "allocated " + allocated + " bytes in 50k round trips");
            }
        }
        assertEquals(64, out.size(), "the struct is the intended size");
        assertTrue(checksum != 0);
    }
}
