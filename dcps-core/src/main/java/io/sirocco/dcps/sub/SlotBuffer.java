package io.sirocco.dcps.sub;

/** A growable array of sample slots, reused by loans so that read/take allocate nothing. */
final class SlotBuffer<T> {
    private SampleSlot<?>[] slots = new SampleSlot<?>[16];

    void add(int index, SampleSlot<T> slot) {
        if (index == slots.length) {
            slots = java.util.Arrays.copyOf(slots, slots.length * 2);
        }
        slots[index] = slot;
    }

    @SuppressWarnings("unchecked")
    SampleSlot<T> get(int index) {
        return (SampleSlot<T>) slots[index];
    }

    void clear(int index) {
        slots[index] = null;
    }
}
