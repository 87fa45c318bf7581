package io.sirocco.conformance.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sirocco.conformance.wire.Ddsperf.Received;
import io.sirocco.conformance.wire.Ddsperf.RoundTrips;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.omg.dds.pub.DataWriter;

/**
 * Sirocco and Cyclone DDS's own benchmark tool, {@code ddsperf}, run as each other's peers. ddsperf
 * gives its verdict in its exit status: with {@code -Qminmatch:1 -Qinitwait:20} it waits for one peer
 * whose every endpoint matched (so the Sirocco peer must look like a complete ddsperf process), then
 * runs for {@code -D} seconds, and exits 0 only if that peer stayed fully matched and the criteria
 * ({@code -Qroundtrips}, {@code -Qsamples}, no sample lost) hold.
 */
class DdsperfInteropTest extends WireFixture {
    private static final Duration DDSPERF_TIMEOUT = Duration.ofSeconds(30);

    private DdsperfPeer siroccoPeer() {
        return DdsperfPeer.join(newParticipant(), policies);
    }

    /** ddsperf with {@code criteriaAndModes}, once the Sirocco peer has matched, for 3 s. */
    private PeerProcess ddsperf(String... criteriaAndModes) {
        List<String> arguments = new ArrayList<>(List.of("-D", "3", "-Qminmatch:1", "-Qinitwait:20"));
        arguments.addAll(List.of(criteriaAndModes));
        return track(Ddsperf.start(domainId, arguments.toArray(String[]::new)));
    }

    @Test
    void siroccoPongAnswersDdsperfPingWithTheSourceTimestampEchoed() {
        DdsperfPeer pong = siroccoPeer();
        // ddsperf pings again as soon as its pong comes back with the ping's timestamp, else once a
        // second: a hundred round trips take an echoed timestamp.
        PeerProcess ping = ddsperf("-Qroundtrips:100", "ping", "size", "100");
        assertEquals(0, ping.waitForExit(DDSPERF_TIMEOUT), ping::output);

        List<RoundTrips> stats = RoundTrips.in(ping.output());
        assertFalse(stats.isEmpty(), ping::output);
        assertTrue(stats.stream().allMatch(s -> s.peer().equals(pong.identity()) && s.size() == 100), ping::output);
        assertTrue(stats.stream().mapToLong(RoundTrips::count).sum() >= 100, ping::output);
        assertFalse(ping.output().contains("ping timed out"), ping::output);
    }

    @Test
    void ddsperfSubReceivesEverySiroccoSampleWithoutLoss() throws Exception {
        int samples = 5000;
        int keys = 4;
        DdsperfPeer publisher = siroccoPeer();
        // "waitset": ddsperf's reading thread starts after the initial wait and takes what has arrived by
        // then; its listener, set at the same point, would not fire for samples already there.
        PeerProcess sub = ddsperf("-n", Integer.toString(keys), "-Qsamples:" + samples, "sub", "waitset");
        DataWriter<KeyedSeq> writer = publisher.dataWriter();
        eventually(20, "the Sirocco data writer matches ddsperf's reader",
                () -> writer.getPublicationMatchedStatus().getCurrentCount() == 1);
        // ddsperf counts a gap in the sequence numbers of any key as lost: seq runs 0, 1, 2, ... over
        // keys seq % keys, as a ddsperf publisher writes them. 88 bytes of baggage make "size 100".
        for (int seq = 0; seq < samples; seq++) {
            writer.write(new KeyedSeq(seq, seq % keys, new byte[88]));
        }
        assertEquals(0, sub.waitForExit(DDSPERF_TIMEOUT), sub::output);

        List<Received> stats = Received.in(sub.output());
        assertFalse(stats.isEmpty(), sub::output);
        assertEquals(new Received(100, samples, 0), stats.getLast(), sub::output);
    }
}
