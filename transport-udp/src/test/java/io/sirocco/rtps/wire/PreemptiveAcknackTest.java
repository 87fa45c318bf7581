package io.sirocco.rtps.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sirocco.dcps.core.Guid;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Fast DDS and Connext readers announce themselves with a pre-emptive ACKNACK whose empty set is
 * based at 0, which DDSI-RTPS 8.3.5.5 calls invalid; Cyclone DDS accepts it, and so must Sirocco,
 * or every datagram carrying one is dropped and counted as malformed.
 */
class PreemptiveAcknackTest {
    private final Guid self = Guid.newParticipant();
    private final MessageBuilder peer = new MessageBuilder(Guid.newParticipant(), 256);

    @Test
    void anEmptyAcknackBasedAtZeroIsReadAsAcknowledgingNothing() {
        peer.acknack(0x107, 0x102, new SequenceSet().reset(0), 1, false);
        List<SequenceSet> acknacks = parse();
        assertEquals(1, acknacks.size());
        assertEquals(1, acknacks.get(0).base(), "acknowledges nothing");
        assertEquals(0, acknacks.get(0).numBits(), "requests nothing");
    }

    @Test
    void anAcknackBasedAtZeroThatRequestsChangesIsStillMalformed() {
        SequenceSet set = new SequenceSet().reset(0);
        set.add(1);
        peer.acknack(0x107, 0x102, set, 1, false);
        assertThrows(MessageParser.Malformed.class, this::parse);
    }

    @Test
    void aGapBasedAtZeroIsStillMalformed() {
        peer.gap(0x107, 0x102, 1, new SequenceSet().reset(0));
        assertThrows(MessageParser.Malformed.class, this::parse);
    }

    private List<SequenceSet> parse() {
        List<SequenceSet> acknacks = new ArrayList<>();
        MessageParser parser = new MessageParser(self.high(), (int) (self.low() >>> 32));
        assertTrue(parser.parse(peer.buffer(), 0, peer.size(), new Acknacks(acknacks)));
        return acknacks;
    }

    /** Keeps a copy of each ACKNACK's set; ignores the rest. */
    private static final class Acknacks extends SubmessageAdapter {
        private final List<SequenceSet> sets;

        Acknacks(List<SequenceSet> sets) {
            this.sets = sets;
        }

        @Override
        public void acknack(Received message, int readerId, int writerId, SequenceSet requested, int count,
                boolean isFinal) {
            SequenceSet copy = new SequenceSet().reset(requested.base());
            for (long s = requested.base(); s < requested.base() + requested.numBits(); s++) {
                if (requested.contains(s)) {
                    copy.add(s);
                }
            }
            sets.add(copy);
        }
    }
}
