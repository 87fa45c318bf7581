package io.sirocco.rtps.participant;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A remote writer, or anyone who forges its datagrams, cannot make a reliable reader hold more than
 * {@code sirocco.maxBufferedBytes} for changes that arrive ahead of a missing one, whatever form they
 * take: changes without payload, irrelevant changes announced by GAPs, or the first fragment of a
 * large sample. (The fuzzer re-discovers its phantom peer every batch, which resets the reader's
 * state; these tests let it accumulate.)
 */
class ForgedTrafficMemoryTest extends PhantomFixture {
    private static final long LIMIT = 64 << 10;
    private static final int MAX_SAMPLE = 4 << 20;
    /** What the heap may grow by: the limit, plus the bounded range markers of GAPs and measurement noise. */
    private static final long TOLERANCE = 4 << 20;

    @BeforeAll
    static void smallBuffers() {
        System.setProperty("sirocco.maxBufferedBytes", Long.toString(LIMIT));
        System.setProperty("sirocco.maxSampleSize", Integer.toString(MAX_SAMPLE));
    }

    @AfterAll
    static void defaultBuffers() {
        System.clearProperty("sirocco.maxBufferedBytes");
        System.clearProperty("sirocco.maxSampleSize");
    }

    @Test
    void changesWithoutPayloadAheadOfAHoleCountAgainstTheBufferLimit() throws Exception {
        // Change 1 never arrives: 2.. are early. 100,000 of them, 200 per datagram.
        assertBounded(500, i -> phantom.unregisters(2 + 200L * i, 200));
    }

    @Test
    void irrelevantChangesFarAheadAreNotRecordedWithoutBound() throws Exception {
        // Each GAP declares 256 changes irrelevant, each time further ahead: a million in all.
        assertBounded(4_000, i -> phantom.gap(2, 10_000 + 1_000L * i));
    }

    @Test
    void partlyReceivedSamplesAheadOfAHoleCountAgainstTheBufferLimit() throws Exception {
        // The first 1344-byte fragment of 16 samples of 4 MiB each (the reader reassembles up to 16 at once).
        assertBounded(16, i -> phantom.firstFragment(2 + i, MAX_SAMPLE));
    }

    private interface Forgery {
        PhantomPeer.Datagram datagram(int index);
    }

    private void assertBounded(int datagrams, Forgery forgery) throws Exception {
        discoverPhantom();
        long before = usedHeapAfterGc();
        onControlLoop(() -> {
            for (int i = 0; i < datagrams; i++) {
                receive(forgery.datagram(i));
            }
        });
        long growth = usedHeapAfterGc() - before;
        System.out.printf("%,d forged datagrams: heap grew by %,d B%n", datagrams, growth);
        assertTrue(growth < LIMIT + TOLERANCE, "the reader holds " + growth + " bytes more; its limit is " + LIMIT);
    }
}
