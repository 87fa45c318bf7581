package io.sirocco.stores.smc;

import static org.junit.jupiter.api.Assertions.*;

import io.sirocco.stores.fabric.local.LocalFabricGroup;
import io.sirocco.stores.fabric.local.LocalFabrics;
import io.sirocco.stores.sst.BusySpinIdleStrategy;
import io.sirocco.stores.sst.Sst;
import io.sirocco.stores.sst.SstLayout;
import java.lang.foreign.ValueLayout;
import org.junit.jupiter.api.Test;

class SmcTest {

    @Test
    void slotsHoldSizePayloadAndGenerationInsideTheRing() {
        SmcLayout l = new SmcLayout(128, 3, 13);
        assertEquals(3 * (16 + 16), SmcLayout.bytes(3, 13));
        assertEquals(128, l.sizeOffset(0));
        assertEquals(136, l.payloadOffset(0));
        assertEquals(152, l.generationOffset(0));
        assertEquals(l.slotOffset(1), l.slotOffset(4), "index wraps onto the same slot");
        assertEquals(0, l.generationOffset(7) % 8);
        assertTrue(l.generationOffset(2) + 8 <= 128 + SmcLayout.bytes(3, 13));
    }

    @Test
    void receiversSeeAMessageOnlyOnceItsGenerationArrivesAndNotAnOlderLap() throws Exception {
        int window = 2;
        SstLayout sl = new SstLayout(2, 1, SmcLayout.bytes(window, 16));
        LocalFabricGroup[] f = LocalFabrics.open(2, sl.rowBytes());
        SmcLayout layout = new SmcLayout(sl.tailOffset(), window, 16);
        long[] limit = {window};
        SmcSender sender = new SmcSender(new Sst(f[0], sl), layout, () -> limit[0], new BusySpinIdleStrategy(),
                () -> false);
        SmcReceiver receiver = new SmcReceiver(f[1], layout);
        assertEquals(0, receiver.available(0, 0));
        for (int i = 0; i < window; i++) {
            SmcSlot slot = sender.claim();
            assertEquals(i, slot.index());
            slot.payload().set(ValueLayout.JAVA_LONG_UNALIGNED, 0, 100 + i);
            sender.commit(slot, 8);
        }
        assertEquals(2, receiver.available(0, 0));
        assertEquals(8, receiver.size(0, 1));
        assertEquals(101, f[1].row(0).get(ValueLayout.JAVA_LONG_UNALIGNED, receiver.payloadOffset(1)));
        assertNull(sender.tryClaim(), "window full until flow control moves");
        assertFalse(receiver.arrived(0, 2), "slot 0 still holds message 0, not 2");
        limit[0] = 3;
        assertEquals(1, sender.trySendNulls(5), "nulls stop at the window");
        assertTrue(receiver.arrived(0, 2));
        assertTrue(receiver.isNull(0, 2));
        assertEquals(3, sender.committed());
        for (var g : f) {
            g.close();
        }
    }

    @Test
    void argumentErrorsNameTheArgument() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> SmcLayout.bytes(0, 8)).getMessage()
                .startsWith("window"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> SmcLayout.bytes(1, -1)).getMessage()
                .startsWith("maxPayload"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new SmcLayout(4, 1, 8)).getMessage()
                .startsWith("ringOffset"));
    }
}
