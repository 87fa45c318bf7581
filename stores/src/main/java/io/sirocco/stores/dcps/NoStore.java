package io.sirocco.stores.dcps;

import java.lang.foreign.MemorySegment;

/** The store of a VOLATILE group topic: delivered samples go to the readers and nowhere else. */
final class NoStore implements TopicStore {
    static final NoStore INSTANCE = new NoStore();
    private static final byte[] EMPTY = {0, 0, 0, 0};

    private NoStore() {
    }

    @Override
    public void apply(MemorySegment message, long at, int length) {
    }

    @Override
    public byte[] snapshot() {
        return EMPTY.clone();
    }

    @Override
    public void forEach(MessageVisitor visitor) {
    }

    @Override
    public boolean keeps() {
        return false;
    }
}
