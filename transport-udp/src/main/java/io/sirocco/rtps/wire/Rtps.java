package io.sirocco.rtps.wire;

/** DDSI-RTPS protocol constants: message header, submessage ids and flags, built-in entity ids. */
public final class Rtps {
    private Rtps() {
    }

    /** The protocol version Sirocco sends (2.1, which every 2.x peer accepts). */
    public static final byte VERSION_MAJOR = 2;
    public static final byte VERSION_MINOR = 1;
    /** Sirocco's vendor id, 0x01A5 (unassigned in the OMG's list of DDSI-RTPS vendor ids). */
    public static final byte VENDOR_0 = 0x01;
    public static final byte VENDOR_1 = (byte) 0xA5;
    public static final int VENDOR_ID = 0x01A5;
    public static final int VENDOR_CYCLONE = 0x0110;
    public static final int VENDOR_FASTDDS = 0x010F;

    public static final int HEADER_SIZE = 20;
    public static final int SUBMESSAGE_HEADER_SIZE = 4;

    // Submessage ids
    public static final int PAD = 0x01;
    public static final int ACKNACK = 0x06;
    public static final int HEARTBEAT = 0x07;
    public static final int GAP = 0x08;
    public static final int INFO_TS = 0x09;
    public static final int INFO_SRC = 0x0c;
    public static final int INFO_REPLY_IP4 = 0x0d;
    public static final int INFO_DST = 0x0e;
    public static final int INFO_REPLY = 0x0f;
    public static final int NACK_FRAG = 0x12;
    public static final int HEARTBEAT_FRAG = 0x13;
    public static final int DATA = 0x15;
    public static final int DATA_FRAG = 0x16;

    // Submessage flags
    public static final int FLAG_E = 0x01;
    /** ACKNACK, HEARTBEAT: final. */
    public static final int FLAG_F = 0x02;
    /** HEARTBEAT: liveliness. */
    public static final int FLAG_L = 0x04;
    /** INFO_TS: invalidate. */
    public static final int FLAG_I = 0x02;
    /** DATA, DATA_FRAG: inline QoS present. */
    public static final int FLAG_Q = 0x02;
    /** DATA: serialized data present. */
    public static final int FLAG_D = 0x04;
    /** DATA: serialized key present. */
    public static final int FLAG_K = 0x08;
    /** DATA_FRAG: the fragments are of a serialized key. */
    public static final int FLAG_FRAG_K = 0x04;

    // Entity ids
    public static final int ENTITYID_UNKNOWN = 0;
    public static final int ENTITYID_PARTICIPANT = 0x000001c1;
    public static final int SEDP_TOPIC_WRITER = 0x000002c2;
    public static final int SEDP_TOPIC_READER = 0x000002c7;
    public static final int SEDP_PUBLICATIONS_WRITER = 0x000003c2;
    public static final int SEDP_PUBLICATIONS_READER = 0x000003c7;
    public static final int SEDP_SUBSCRIPTIONS_WRITER = 0x000004c2;
    public static final int SEDP_SUBSCRIPTIONS_READER = 0x000004c7;
    public static final int SPDP_WRITER = 0x000100c2;
    public static final int SPDP_READER = 0x000100c7;
    public static final int PARTICIPANT_MESSAGE_WRITER = 0x000200c2;
    public static final int PARTICIPANT_MESSAGE_READER = 0x000200c7;

    /** Whether an entity id is a built-in one (its kind byte has the 0xc0 built-in bits). */
    public static boolean isBuiltin(int entityId) {
        return (entityId & 0xc0) == 0xc0;
    }

    // BUILTIN_ENDPOINT_SET bits
    public static final int BES_PARTICIPANT_ANNOUNCER = 1;
    public static final int BES_PARTICIPANT_DETECTOR = 1 << 1;
    public static final int BES_PUBLICATION_ANNOUNCER = 1 << 2;
    public static final int BES_PUBLICATION_DETECTOR = 1 << 3;
    public static final int BES_SUBSCRIPTION_ANNOUNCER = 1 << 4;
    public static final int BES_SUBSCRIPTION_DETECTOR = 1 << 5;
    public static final int BES_PARTICIPANT_MESSAGE_WRITER = 1 << 10;
    public static final int BES_PARTICIPANT_MESSAGE_READER = 1 << 11;
    public static final int SIROCCO_BUILTIN_ENDPOINTS = BES_PARTICIPANT_ANNOUNCER | BES_PARTICIPANT_DETECTOR
            | BES_PUBLICATION_ANNOUNCER | BES_PUBLICATION_DETECTOR | BES_SUBSCRIPTION_ANNOUNCER
            | BES_SUBSCRIPTION_DETECTOR | BES_PARTICIPANT_MESSAGE_WRITER | BES_PARTICIPANT_MESSAGE_READER;

    // Port mapping (DDSI-RTPS 9.6.1.1): PB 7400, DG 250, PG 2, d0 0, d1 10, d2 1, d3 11
    public static int spdpMulticastPort(int domainId) {
        return 7400 + 250 * domainId;
    }

    public static int metatrafficUnicastPort(int domainId, int participantIndex) {
        return 7400 + 250 * domainId + 10 + 2 * participantIndex;
    }

    public static int userMulticastPort(int domainId) {
        return 7400 + 250 * domainId + 1;
    }

    public static int userUnicastPort(int domainId, int participantIndex) {
        return 7400 + 250 * domainId + 11 + 2 * participantIndex;
    }

    /** The default SPDP multicast group. */
    public static final String SPDP_MULTICAST_GROUP = "239.255.0.1";

    /** RTPS Time_t from nanoseconds since the epoch: seconds and 2^-32 fractions. */
    public static long timeSeconds(long nanos) {
        return Math.floorDiv(nanos, 1_000_000_000L);
    }

    /** The 2^-32 s fraction, rounded up as Cyclone does so that it converts back exactly. */
    public static long timeFraction(long nanos) {
        long rem = Math.floorMod(nanos, 1_000_000_000L);
        return ((rem << 32) + 999_999_999L) / 1_000_000_000L;
    }

    public static long nanosOf(int seconds, int fraction) {
        return seconds * 1_000_000_000L + (((fraction & 0xffffffffL) * 1_000_000_000L + (1L << 31)) >>> 32);
    }
}
