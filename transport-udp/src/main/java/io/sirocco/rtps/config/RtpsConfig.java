package io.sirocco.rtps.config;

import io.sirocco.dcps.core.Setting;
import java.util.ArrayList;
import java.util.List;

/**
 * The transport's settings, read once per participant from system properties
 * ({@code sirocco.<name>}) or environment variables ({@code SIROCCO_<NAME>}).
 *
 * @param enabled {@code rtps}: whether participants talk DDSI-RTPS at all (default true)
 * @param interfaces {@code interfaces}: names or addresses; empty = every up, multicast-capable interface
 * @param peers {@code peers}: initial unicast discovery peers
 * @param multicast {@code multicast}: whether to use multicast (default true)
 * @param receiveBufferBytes {@code socketReceiveBuffer}: requested SO_RCVBUF
 * @param sendBufferBytes {@code socketSendBuffer}: requested SO_SNDBUF
 * @param maxMessageSize {@code maxMessageSize}: largest datagram Sirocco sends (default 14720, as Cyclone)
 * @param fragmentSize {@code fragmentSize}: DATA_FRAG fragment size for larger samples (default 1344)
 * @param maxParticipantIndex {@code maxParticipantIndex}: highest index probed (default 30)
 * @param leaseSeconds {@code leaseDuration}: participant lease announced in SPDP (default 20 s)
 * @param spdpIntervalMillis {@code spdpInterval}: period of SPDP announcements (default 2000 ms)
 * @param heartbeatMillis {@code heartbeatPeriod}: heartbeat period of reliable writers (default 100 ms)
 * @param faults {@code faultLoss}, {@code faultDuplicate}, {@code faultReorder}, {@code faultSeed}
 * @param batching {@code batching}: pack back-to-back samples into shared datagrams (default true)
 * @param intraProcess {@code intraProcess}: whether participants of this JVM talk in-process (default
 *        true); when false RTPS treats them as remote, which tests of the wire protocol need
 * @param maxSampleSize {@code maxSampleSize}: largest sample reassembled from fragments (default 64 MiB)
 * @param maxBufferedBytes {@code maxBufferedBytes}: bytes a reader holds per remote writer for changes
 *        that arrived ahead of a missing one (default 16 MiB)
 */
public record RtpsConfig(boolean enabled, List<String> interfaces, List<Peer> peers, boolean multicast,
        int receiveBufferBytes, int sendBufferBytes, int maxMessageSize, int fragmentSize, int maxParticipantIndex,
        int leaseSeconds, long spdpIntervalMillis, long heartbeatMillis, FaultSettings faults, boolean batching,
        boolean intraProcess, int maxSampleSize, long maxBufferedBytes) {

    public static final int DEFAULT_MAX_MESSAGE_SIZE = 14720;
    public static final int DEFAULT_FRAGMENT_SIZE = 1344;

    /** The settings in effect now. */
    public static RtpsConfig load() {
        Setting interfacesSetting = Setting.of("interfaces");
        List<String> interfaces = list(interfacesSetting);
        Setting peersSetting = Setting.of("peers");
        List<Peer> peers = new ArrayList<>();
        for (String peer : list(peersSetting)) {
            peers.add(Peer.parse(peer, peersSetting.source()));
        }
        int maxMessage = (int) Setting.of("maxMessageSize").number(DEFAULT_MAX_MESSAGE_SIZE, 1024, 65000);
        int fragment = (int) Setting.of("fragmentSize").number(DEFAULT_FRAGMENT_SIZE, 256, 65000);
        if (fragment > maxMessage - 128) {
            throw new IllegalArgumentException(Setting.of("fragmentSize").source() + " (" + fragment
                    + ") must leave room for headers in maxMessageSize (" + maxMessage + ")");
        }
        return new RtpsConfig(Setting.of("rtps").bool(true), interfaces, List.copyOf(peers),
                Setting.of("multicast").bool(true),
                (int) Setting.of("socketReceiveBuffer").number(8L << 20, 64 << 10, 1L << 30),
                (int) Setting.of("socketSendBuffer").number(4L << 20, 64 << 10, 1L << 30),
                maxMessage, fragment,
                (int) Setting.of("maxParticipantIndex").number(30, 0, 119),
                (int) Setting.of("leaseDuration").number(20, 1, 3600),
                Setting.of("spdpInterval").number(2000, 50, 600_000),
                Setting.of("heartbeatPeriod").number(100, 1, 60_000),
                FaultSettings.load(), Setting.of("batching").bool(true), Setting.of("intraProcess").bool(true),
                (int) Setting.of("maxSampleSize").number(64L << 20, 1024, Integer.MAX_VALUE - 64),
                Setting.of("maxBufferedBytes").number(16L << 20, 64 << 10, 1L << 40));
    }

    private static List<String> list(Setting setting) {
        String raw = setting.raw();
        List<String> values = new ArrayList<>();
        if (raw != null) {
            for (String part : raw.split(",")) {
                if (!part.isBlank()) {
                    values.add(part.strip());
                }
            }
        }
        return List.copyOf(values);
    }
}
