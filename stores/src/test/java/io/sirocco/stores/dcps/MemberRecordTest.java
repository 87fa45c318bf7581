package io.sirocco.stores.dcps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class MemberRecordTest {

    @Test
    void memberRecordsSurviveEncodingAndDamagedOnesAreIgnored() {
        MemberRecord r = new MemberRecord("T|type||ATOMIC|shm", "shm1|host|42", true, 7, "g1-2", 3,
                List.of("a", "shm1|host|42"), 256, 1024, 5, List.of(new long[] {1, 2}), List.of(new long[] {3, 4}));
        MemberRecord back = MemberRecord.decode(r.encode());
        assertEquals(r.key(), back.key());
        assertEquals(r.view(), back.view());
        assertEquals(3, back.viewId());
        assertEquals(7, back.candidacy());
        assertEquals(5, back.storeDepth());
        assertEquals(2, back.writers().get(0)[1]);
        assertEquals(4, back.readers().get(0)[1]);
        byte[] damaged = r.encode();
        assertNull(MemberRecord.decode(Arrays.copyOf(damaged, damaged.length / 2)));
        assertNull(MemberRecord.decode(new byte[] {9}));
    }
}
