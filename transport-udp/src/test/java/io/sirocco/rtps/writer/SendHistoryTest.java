package io.sirocco.rtps.writer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The writer's retransmission history answers like a sorted map of sequence numbers, whatever the
 * pattern of writes and removals: in-order acknowledgement (one by one or in runs), KEEP_LAST replacement in the middle,
 * changes dropped as soon as written, and old changes that outlive a long window of newer ones.
 */
class SendHistoryTest {

    @Test
    void behavesLikeASortedMapUnderRandomWritesAndRemovals() {
        Random random = new Random(42);
        SendHistory history = new SendHistory();
        TreeMap<Long, CachedChange> model = new TreeMap<>();
        long last = 0;
        List<Long> pinned = new ArrayList<>();
        for (int step = 0; step < 400_000; step++) {
            int action = random.nextInt(100);
            if (action < 55) {
                long sequence = ++last;
                if (random.nextInt(20) == 0) {
                    history.add(history.newChange(sequence)); // dropped at once (KEEP_LAST depth 1)
                    history.remove(sequence);
                } else {
                    CachedChange change = history.newChange(sequence);
                    history.add(change);
                    model.put(sequence, change);
                    if (random.nextInt(50_000) == 0) {
                        pinned.add(sequence); // an instance never written again: outlives the ring
                    }
                }
            } else if (action < 57 && !model.isEmpty()) {
                long through = model.firstKey() + random.nextInt(200); // all acknowledged up to here
                history.removeThrough(through);
                model.headMap(through, true).clear();
                pinned.removeIf(pin -> pin <= through);
            } else if (action < 90 && !model.isEmpty()) {
                Long oldest = model.firstKey();
                if (!pinned.contains(oldest)) {
                    history.remove(oldest);
                    model.remove(oldest);
                } else {
                    Long next = model.higherKey(oldest);
                    if (next != null && !pinned.contains(next)) {
                        history.remove(next);
                        model.remove(next);
                    }
                }
            } else if (!model.isEmpty()) {
                long any = model.firstKey() + random.nextLong(last - model.firstKey() + 1);
                if (!pinned.contains(any)) {
                    history.remove(any); // KEEP_LAST replacement: anywhere, maybe absent
                    model.remove(any);
                }
            }
            if (step % 97 == 0) {
                long probe = 1 + random.nextLong(last + 2);
                assertSame(model.get(probe), history.get(probe), "get(" + probe + ") at step " + step);
            }
            assertEquals(model.isEmpty() ? last + 1 : model.firstKey(), history.first(), "first at step " + step);
            assertEquals(last, history.last());
            assertEquals(model.size(), history.size(), "size at step " + step);
        }
        for (Long sequence : pinned) {
            assertSame(model.get(sequence), history.get(sequence), "pinned " + sequence);
        }
    }

    @Test
    void aChangeOlderThanTheRingWindowStaysAvailable() {
        SendHistory history = new SendHistory();
        CachedChange old = history.newChange(1);
        history.add(old);
        for (long s = 2; s < 300_000; s++) {
            history.add(history.newChange(s));
            history.remove(s - 1 == 1 ? 0 : s - 1); // everything but the first leaves at once
        }
        assertSame(old, history.get(1));
        assertEquals(1, history.first());
        assertEquals(2, history.size());
        history.remove(1);
        assertNull(history.get(1));
        assertEquals(299_999, history.first());
    }
}
