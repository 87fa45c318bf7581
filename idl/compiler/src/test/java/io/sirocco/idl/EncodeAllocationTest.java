package io.sirocco.idl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.sun.management.ThreadMXBean;
import io.sirocco.dcps.type.TypeCodec;
import io.sirocco.dcps.type.cdr.CdrInput;
import io.sirocco.dcps.type.cdr.CdrOutput;
import io.sirocco.dcps.type.cdr.XcdrVersion;
import io.sirocco.idl.model.IdlType;
import io.sirocco.idl.testing.CompiledIdl;
import io.sirocco.idl.testing.JavaValues;
import io.sirocco.idl.testing.ValueGenerator;
import java.lang.management.ManagementFactory;
import java.nio.ByteOrder;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Encoding a sample into a reused output allocates nothing, and decoding it again into the same
 * sample (same string contents, same array lengths) allocates nothing either. Measured with the
 * per-thread allocation counter, after a warm-up; not a timing test.
 */
class EncodeAllocationTest {

    @ParameterizedTest
    @ValueSource(strings = {"prim::KeyedLong", "prim::AllPrimitives", "coll::Sequences", "coll::Arrays",
        "ext::MutableOuter", "ext::FinalOptionals", "uni::Holder", "keys::NestedKey", "en::Everything"})
    void encodeAndDecodeIntoReusedSamplesAllocateNothing(String type) {
        java.lang.management.ThreadMXBean bean = ManagementFactory.getThreadMXBean();
        Assumptions.assumeTrue(bean instanceof ThreadMXBean t && t.isThreadAllocatedMemorySupported(),
                "this JVM cannot count allocated bytes per thread");
        ThreadMXBean threads = (ThreadMXBean) bean;
        CompiledIdl compiled = CompiledIdl.folder("corpus");
        IdlType idl = (IdlType) compiled.declaration(type);
        TypeCodec<Object> codec = compiled.codec(compiled.declaration(type));
        Object sample = new JavaValues(compiled).toJava(ValueGenerator.seeded(3).next(idl), idl);
        Object target = codec.newSample();
        CdrOutput out = new CdrOutput(4096);
        CdrInput in = new CdrInput();
        byte[] keyHash = new byte[16];
        for (XcdrVersion v : List.of(XcdrVersion.XCDR1, XcdrVersion.XCDR2)) {
            codec.serialize(sample, out.reset(v, ByteOrder.LITTLE_ENDIAN));
            codec.deserialize(in.wrap(out.buffer(), 0, out.size(), v, ByteOrder.LITTLE_ENDIAN), target);
            long least = Long.MAX_VALUE;
            for (int round = 0; round < 5; round++) {
                long before = threads.getCurrentThreadAllocatedBytes();
                for (int i = 0; i < 20_000; i++) {
                    codec.serialize(sample, out.reset(v, ByteOrder.LITTLE_ENDIAN));
                    codec.deserialize(in.wrap(out.buffer(), 0, out.size(), v, ByteOrder.LITTLE_ENDIAN), target);
                    codec.keyHash(sample, keyHash);
                }
                least = Math.min(least, threads.getCurrentThreadAllocatedBytes() - before);
            }
            assertEquals(0, least, type + " " + v + ": bytes allocated by 20000 encode/decode/key-hash rounds");
        }
    }
}
