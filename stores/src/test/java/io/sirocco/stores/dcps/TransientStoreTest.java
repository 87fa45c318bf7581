package io.sirocco.stores.dcps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.sirocco.dcps.spi.ChangeKind;
import java.lang.foreign.MemorySegment;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TransientStoreTest {

    private static MemorySegment message(int instance, long sequence) {
        MemorySegment m = MemorySegment.ofArray(new byte[GroupMessage.HEADER_SIZE + 8]);
        byte[] hash = new byte[16];
        hash[0] = (byte) instance;
        GroupMessage.writeHeader(m, 0, 1, 2, sequence, 0, ChangeKind.ALIVE, GroupMessage.FIRST | GroupMessage.LAST, 8,
                hash);
        return m;
    }

    private static List<String> contents(TopicStore store) {
        List<String> out = new ArrayList<>();
        store.forEach((m, at, len) -> out.add(GroupMessage.keyHashHigh(m, at) + ":" + GroupMessage.sequence(m, at)));
        return out;
    }

    @Test
    void keepsTheLastSamplesOfEachInstanceInDeliveryOrder() {
        TransientStore store = new TransientStore(2);
        long seq = 1;
        for (int round = 0; round < 4; round++) {
            for (int instance = 1; instance <= 3; instance++) {
                store.apply(message(instance, seq++), 0, GroupMessage.HEADER_SIZE + 8);
            }
        }
        assertEquals(List.of("1:7", "2:8", "3:9", "1:10", "2:11", "3:12"), contents(store));
    }

    @Test
    void aSnapshotGivesAJoinerTheSameContent() {
        TransientStore store = new TransientStore(3);
        for (int i = 1; i <= 10; i++) {
            store.apply(message(i % 2, i), 0, GroupMessage.HEADER_SIZE + 8);
        }
        TransientStore joiner = new TransientStore(3);
        TransientStore.readSnapshot(store.snapshot(), joiner::apply);
        assertEquals(contents(store), contents(joiner));
        assertEquals(6, joiner.size());
    }

    @Test
    void aDamagedSnapshotIsRefusedWithAClearError() {
        byte[] snapshot = new TransientStore(1).snapshot();
        snapshot[3] = 5; // claims five messages that are not there
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> TransientStore.readSnapshot(snapshot, (m, at, len) -> { }));
        assertEquals("snapshot: message 0 of 5 has a bad length -1", e.getMessage());
    }
}
