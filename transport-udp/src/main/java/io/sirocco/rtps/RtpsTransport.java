package io.sirocco.rtps;

import io.sirocco.dcps.domain.SiroccoParticipant;
import io.sirocco.dcps.spi.DataPath;
import io.sirocco.rtps.net.TransportStatistics;
import io.sirocco.rtps.participant.RtpsParticipant;
import java.util.Optional;
import org.omg.dds.domain.DomainParticipant;

/** What applications can ask the RTPS transport about a participant. */
public final class RtpsTransport {
    private RtpsTransport() {
    }

    /** The participant's RTPS path, when it has one (a Sirocco participant with RTPS enabled). */
    public static Optional<RtpsParticipant> of(DomainParticipant participant) {
        if (participant instanceof SiroccoParticipant sirocco) {
            for (DataPath path : sirocco.paths()) {
                if (path instanceof RtpsParticipant rtps) {
                    return Optional.of(rtps);
                }
            }
        }
        return Optional.empty();
    }

    /** The participant's transport counters (datagrams, malformed messages, injected faults). */
    public static Optional<TransportStatistics> statistics(DomainParticipant participant) {
        return of(participant).map(RtpsParticipant::statistics);
    }
}
