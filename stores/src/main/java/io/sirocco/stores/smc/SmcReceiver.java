package io.sirocco.stores.smc;

import io.sirocco.stores.fabric.FabricGroup;
import java.lang.foreign.ValueLayout;

/** Reads senders' rings in this member's copies of their rows; detects new messages by generation. */
public final class SmcReceiver {

    private final FabricGroup fabric;
    private final SmcLayout layout;

    public SmcReceiver(FabricGroup fabric, SmcLayout layout) {
        this.fabric = fabric;
        this.layout = layout;
    }

    /** How many consecutive messages from {@code rank}, starting at {@code from}, have arrived (≤ window). */
    public int available(int rank, long from) {
        int n = 0;
        while (n < layout.window() && arrived(rank, from + n)) {
            n++;
        }
        return n;
    }

    /** Whether message {@code index} from {@code rank} (real or null) is here; acquire on its generation. */
    public boolean arrived(int rank, long index) {
        long g = fabric.readLongAcquire(rank, layout.generationOffset(index));
        return g == SmcLayout.generation(index) || g == SmcLayout.nullGeneration(index);
    }

    /** Whether an arrived message is a null (sent only to keep ordered delivery moving). */
    public boolean isNull(int rank, long index) {
        return fabric.readLongAcquire(rank, layout.generationOffset(index)) == SmcLayout.nullGeneration(index);
    }

    /** Payload length of an arrived real message. */
    public int size(int rank, long index) {
        return (int) fabric.row(rank).get(ValueLayout.JAVA_LONG, layout.sizeOffset(index));
    }

    /** Offset of an arrived message's payload in {@code fabric.row(rank)}. */
    public long payloadOffset(long index) {
        return layout.payloadOffset(index);
    }

    public SmcLayout layout() {
        return layout;
    }
}
