package io.sirocco.rtps;

import io.sirocco.dcps.spi.DataPath;
import io.sirocco.dcps.spi.DataPathProvider;
import io.sirocco.dcps.spi.ParticipantContext;
import io.sirocco.rtps.config.RtpsConfig;
import io.sirocco.rtps.participant.RtpsParticipant;

/**
 * Puts every new participant on DDSI-RTPS over UDP, unless {@code sirocco.rtps} /
 * {@code SIROCCO_RTPS} is {@code false}. Found through {@link java.util.ServiceLoader} when this
 * module is on the class path.
 */
public final class RtpsProvider implements DataPathProvider {
    private static final System.Logger LOG = System.getLogger(RtpsProvider.class.getName());
    /** The highest domain id the DDSI-RTPS port mapping allows (port 7400 + 250 d + ... < 65536). */
    public static final int MAX_DOMAIN_ID = 232;

    @Override
    public String name() {
        return "rtps";
    }

    @Override
    public DataPath open(ParticipantContext participant) {
        RtpsConfig config = RtpsConfig.load();
        if (!config.enabled()) {
            return null;
        }
        if (participant.domainId() < 0 || participant.domainId() > MAX_DOMAIN_ID) {
            LOG.log(System.Logger.Level.WARNING, "domain {0} has no DDSI-RTPS ports (domains 0 to {1} do); "
                    + "participant {2} talks in-process only", participant.domainId(), MAX_DOMAIN_ID,
                    participant.guid());
            return null;
        }
        return RtpsParticipant.open(participant, config);
    }
}
