package io.sirocco.rtps.wire;

/** Parameter ids of DDSI-RTPS parameter lists (discovery data and inline QoS). */
public final class ParameterIds {
    private ParameterIds() {
    }

    public static final int PAD = 0x0000;
    public static final int SENTINEL = 0x0001;
    public static final int USER_DATA = 0x002c;
    public static final int TOPIC_NAME = 0x0005;
    public static final int TYPE_NAME = 0x0007;
    public static final int GROUP_DATA = 0x002d;
    public static final int TOPIC_DATA = 0x002e;
    public static final int DURABILITY = 0x001d;
    public static final int DURABILITY_SERVICE = 0x001e;
    public static final int DEADLINE = 0x0023;
    public static final int LATENCY_BUDGET = 0x0027;
    public static final int LIVELINESS = 0x001b;
    public static final int RELIABILITY = 0x001a;
    public static final int LIFESPAN = 0x002b;
    public static final int DESTINATION_ORDER = 0x0025;
    public static final int HISTORY = 0x0040;
    public static final int RESOURCE_LIMITS = 0x0041;
    public static final int OWNERSHIP = 0x001f;
    public static final int OWNERSHIP_STRENGTH = 0x0006;
    public static final int PRESENTATION = 0x0021;
    public static final int PARTITION = 0x0029;
    public static final int TIME_BASED_FILTER = 0x0004;
    public static final int TRANSPORT_PRIORITY = 0x0049;
    public static final int DOMAIN_ID = 0x000f;
    public static final int DOMAIN_TAG = 0x4014;
    public static final int PROTOCOL_VERSION = 0x0015;
    public static final int VENDOR_ID = 0x0016;
    public static final int UNICAST_LOCATOR = 0x002f;
    public static final int MULTICAST_LOCATOR = 0x0030;
    public static final int DEFAULT_UNICAST_LOCATOR = 0x0031;
    public static final int METATRAFFIC_UNICAST_LOCATOR = 0x0032;
    public static final int METATRAFFIC_MULTICAST_LOCATOR = 0x0033;
    public static final int DEFAULT_MULTICAST_LOCATOR = 0x0048;
    public static final int EXPECTS_INLINE_QOS = 0x0043;
    public static final int PARTICIPANT_MANUAL_LIVELINESS_COUNT = 0x0034;
    public static final int PARTICIPANT_LEASE_DURATION = 0x0002;
    public static final int CONTENT_FILTER_PROPERTY = 0x0035;
    public static final int PARTICIPANT_GUID = 0x0050;
    public static final int GROUP_GUID = 0x0052;
    public static final int BUILTIN_ENDPOINT_SET = 0x0058;
    public static final int BUILTIN_ENDPOINT_QOS = 0x0077;
    public static final int PROPERTY_LIST = 0x0059;
    public static final int TYPE_MAX_SIZE_SERIALIZED = 0x0060;
    public static final int ENTITY_NAME = 0x0062;
    public static final int ENDPOINT_GUID = 0x005a;
    public static final int KEY_HASH = 0x0070;
    public static final int STATUS_INFO = 0x0071;
    public static final int DATA_REPRESENTATION = 0x0073;
    public static final int TYPE_CONSISTENCY_ENFORCEMENT = 0x0074;
    public static final int TYPE_INFORMATION = 0x0075;
    public static final int COHERENT_SET = 0x0056;
    public static final int DIRECTED_WRITE = 0x0057;
    public static final int ORIGINAL_WRITER_INFO = 0x0061;

    /** Parameter ids with this bit are vendor-specific: interpreted only with the vendor's id. */
    public static final int VENDOR_SPECIFIC = 0x8000;
    /** Parameter ids with this bit must be understood, or the whole submessage is ignored. */
    public static final int MUST_UNDERSTAND = 0x4000;
}
