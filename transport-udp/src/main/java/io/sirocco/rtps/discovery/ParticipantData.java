package io.sirocco.rtps.discovery;

import io.sirocco.dcps.core.Guid;
import io.sirocco.rtps.wire.Locator;
import io.sirocco.rtps.wire.MessageParser;
import io.sirocco.rtps.wire.ParameterIds;
import io.sirocco.rtps.wire.ParameterListReader;
import io.sirocco.rtps.wire.ParameterListWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * The SPDP participant announcement (SPDPdiscoveredParticipantData): identity, locators, built-in
 * endpoints, lease and user data.
 *
 * @param leaseNanos the participant lease ({@link ParameterListWriter#INFINITE_NANOS} for infinite)
 */
record ParticipantData(Guid guid, int vendorId, int domainId, List<Locator> metatrafficUnicast,
        List<Locator> metatrafficMulticast, List<Locator> defaultUnicast, List<Locator> defaultMulticast,
        int builtinEndpoints, long leaseNanos, byte[] userData, String entityName) {

    void write(ParameterListWriter out) {
        out.putProtocolVersion();
        out.putVendorId();
        out.putGuid(ParameterIds.PARTICIPANT_GUID, guid);
        out.putInt(ParameterIds.DOMAIN_ID, domainId);
        for (Locator l : metatrafficUnicast) {
            out.putLocator(ParameterIds.METATRAFFIC_UNICAST_LOCATOR, l);
        }
        for (Locator l : metatrafficMulticast) {
            out.putLocator(ParameterIds.METATRAFFIC_MULTICAST_LOCATOR, l);
        }
        for (Locator l : defaultUnicast) {
            out.putLocator(ParameterIds.DEFAULT_UNICAST_LOCATOR, l);
        }
        for (Locator l : defaultMulticast) {
            out.putLocator(ParameterIds.DEFAULT_MULTICAST_LOCATOR, l);
        }
        out.putInt(ParameterIds.BUILTIN_ENDPOINT_SET, builtinEndpoints);
        out.putDuration(ParameterIds.PARTICIPANT_LEASE_DURATION, leaseNanos);
        if (userData.length > 0) {
            out.putOctets(ParameterIds.USER_DATA, userData);
        }
        if (entityName != null) {
            out.putString(ParameterIds.ENTITY_NAME, entityName);
        }
    }

    /**
     * Reads an announcement; the vendor id comes from the message header. Defaults follow the
     * specification: lease 100 s, no user data.
     */
    static ParticipantData read(ParameterListReader in, int vendorId) {
        Guid guid = null;
        int domain = -1;
        List<Locator> metaUnicast = new ArrayList<>();
        List<Locator> metaMulticast = new ArrayList<>();
        List<Locator> defUnicast = new ArrayList<>();
        List<Locator> defMulticast = new ArrayList<>();
        int builtin = 0;
        long lease = 100_000_000_000L;
        byte[] userData = new byte[0];
        String name = null;
        while (in.next()) {
            switch (in.pid()) {
                case ParameterIds.PARTICIPANT_GUID -> guid = in.guid();
                case ParameterIds.DOMAIN_ID -> domain = in.intAt(0);
                case ParameterIds.METATRAFFIC_UNICAST_LOCATOR -> metaUnicast.add(in.locator());
                case ParameterIds.METATRAFFIC_MULTICAST_LOCATOR -> metaMulticast.add(in.locator());
                case ParameterIds.DEFAULT_UNICAST_LOCATOR -> defUnicast.add(in.locator());
                case ParameterIds.DEFAULT_MULTICAST_LOCATOR -> defMulticast.add(in.locator());
                case ParameterIds.BUILTIN_ENDPOINT_SET -> builtin = in.intAt(0);
                case ParameterIds.PARTICIPANT_LEASE_DURATION -> lease = in.durationAt(0);
                case ParameterIds.USER_DATA -> userData = in.octets();
                case ParameterIds.ENTITY_NAME -> name = in.string();
                default -> {
                    // Unknown and vendor-specific parameters are skipped.
                }
            }
        }
        if (guid == null) {
            throw new MessageParser.Malformed("SPDP announcement without PARTICIPANT_GUID");
        }
        return new ParticipantData(guid, vendorId, domain, List.copyOf(metaUnicast), List.copyOf(metaMulticast),
                List.copyOf(defUnicast), List.copyOf(defMulticast), builtin, lease, userData, name);
    }
}
