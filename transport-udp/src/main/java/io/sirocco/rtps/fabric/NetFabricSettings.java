package io.sirocco.rtps.fabric;

import io.sirocco.dcps.core.Setting;
import io.sirocco.rtps.net.Interfaces;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * How the network fabric listens, connects and detects failed peers.
 *
 * @param address the address to listen on and announce: the first of the interfaces chosen as
 *     for RTPS ({@code sirocco.interfaces} / {@code SIROCCO_INTERFACES}; else the first up,
 *     multicast-capable, non-loopback interface; else loopback)
 * @param port {@code sirocco.fabricPort}: listening port, 0 (default) for an ephemeral one
 * @param connectTimeoutMillis {@code sirocco.fabricConnectTimeout}: how long {@code open} waits for
 *     every peer (default 10 000 ms)
 * @param heartbeatMillis {@code sirocco.fabricHeartbeat}: a link that sent nothing for this long
 *     sends a heartbeat frame (default 250 ms)
 * @param peerTimeoutMillis {@code sirocco.fabricPeerTimeout}: a peer heard nothing from for this
 *     long is failed (default 3 000 ms; at least 2 heartbeats)
 * @param maxQueuedBytes {@code sirocco.fabricMaxQueued}: bytes queued to one peer that does not
 *     drain them before it is failed (default 64 MiB)
 */
public record NetFabricSettings(InetAddress address, int port, long connectTimeoutMillis, long heartbeatMillis,
        long peerTimeoutMillis, long maxQueuedBytes) {

    public NetFabricSettings {
        Objects.requireNonNull(address, "address");
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port: " + port + " is not in 0..65535");
        }
        if (connectTimeoutMillis < 1 || heartbeatMillis < 1 || maxQueuedBytes < 1) {
            throw new IllegalArgumentException("connectTimeoutMillis, heartbeatMillis, maxQueuedBytes: must be "
                    + "positive");
        }
        if (peerTimeoutMillis < 2 * heartbeatMillis) {
            throw new IllegalArgumentException("peerTimeoutMillis: " + peerTimeoutMillis + " is less than two "
                    + "heartbeats of " + heartbeatMillis + " ms");
        }
    }

    /** The settings from system properties and environment variables. */
    public static NetFabricSettings load() {
        Setting interfaces = Setting.of("interfaces");
        List<String> wanted = new ArrayList<>();
        if (interfaces.raw() != null) {
            for (String part : interfaces.raw().split(",")) {
                if (!part.isBlank()) {
                    wanted.add(part.strip());
                }
            }
        }
        InetAddress address = Interfaces.select(wanted).addresses().get(0);
        long heartbeat = Setting.of("fabricHeartbeat").number(250, 1, 60_000);
        return new NetFabricSettings(address, (int) Setting.of("fabricPort").number(0, 0, 65535),
                Setting.of("fabricConnectTimeout").number(10_000, 1, 3_600_000), heartbeat,
                Setting.of("fabricPeerTimeout").number(Math.max(3_000, 2 * heartbeat), 2 * heartbeat, 3_600_000),
                Setting.of("fabricMaxQueued").number(64L << 20, 64 << 10, 1L << 40));
    }

    public NetFabricSettings withAddress(InetAddress address) {
        return new NetFabricSettings(address, port, connectTimeoutMillis, heartbeatMillis, peerTimeoutMillis,
                maxQueuedBytes);
    }

    public NetFabricSettings withConnectTimeout(long millis) {
        return new NetFabricSettings(address, port, millis, heartbeatMillis, peerTimeoutMillis, maxQueuedBytes);
    }

    public NetFabricSettings withHeartbeat(long heartbeat, long peerTimeout) {
        return new NetFabricSettings(address, port, connectTimeoutMillis, heartbeat, peerTimeout, maxQueuedBytes);
    }

    public NetFabricSettings withMaxQueued(long bytes) {
        return new NetFabricSettings(address, port, connectTimeoutMillis, heartbeatMillis, peerTimeoutMillis, bytes);
    }
}
