package io.sirocco.rtps.discovery;

import io.sirocco.dcps.core.Guid;
import java.net.InetSocketAddress;

/**
 * A participant found by SPDP: its announcement, where to reach its built-in endpoints and its
 * user endpoints, and when it was last heard from (its lease).
 */
public final class RemoteParticipant {
    private final Guid guid;
    private volatile ParticipantData data;
    private volatile InetSocketAddress metatraffic;
    private volatile InetSocketAddress userData;
    private volatile long lastHeard = System.nanoTime();

    RemoteParticipant(Guid guid, ParticipantData data, InetSocketAddress metatraffic, InetSocketAddress userData) {
        this.guid = guid;
        update(data, metatraffic, userData);
    }

    void update(ParticipantData newData, InetSocketAddress newMetatraffic, InetSocketAddress newUserData) {
        this.data = newData;
        this.metatraffic = newMetatraffic;
        this.userData = newUserData;
    }

    public Guid guid() {
        return guid;
    }

    public int vendorId() {
        return data.vendorId();
    }

    /** The BUILTIN_ENDPOINT_SET bits it announced. */
    public int builtinEndpoints() {
        return data.builtinEndpoints();
    }

    public byte[] userData() {
        return data.userData();
    }

    /** Where its built-in endpoints listen (SEDP, participant messages). */
    public InetSocketAddress metatrafficTarget() {
        return metatraffic;
    }

    /** Where its user endpoints listen unless they announce locators of their own. */
    public InetSocketAddress userDataTarget() {
        return userData;
    }

    void heard(long now) {
        lastHeard = now;
    }

    boolean expired(long now) {
        long lease = data.leaseNanos();
        return lease != Long.MAX_VALUE && now - lastHeard > lease;
    }

    @Override
    public String toString() {
        return "RemoteParticipant[" + guid + " vendor 0x" + Integer.toHexString(data.vendorId()) + " at " + metatraffic
                + "]";
    }
}
