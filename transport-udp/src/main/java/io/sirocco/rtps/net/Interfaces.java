package io.sirocco.rtps.net;

import io.sirocco.rtps.wire.Locator;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.InterfaceAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The network interfaces a participant uses: those named (or addressed) in
 * {@code SIROCCO_INTERFACES}, else every interface that is up, not loopback and multicast-capable,
 * else loopback.
 */
public record Interfaces(List<NetworkInterface> interfaces, List<InetAddress> addresses) {

    public static Interfaces select(List<String> wanted) {
        List<NetworkInterface> all;
        try {
            all = Collections.list(NetworkInterface.getNetworkInterfaces());
        } catch (SocketException e) {
            throw new IllegalStateException("cannot list network interfaces: " + e.getMessage(), e);
        }
        List<NetworkInterface> chosen = new ArrayList<>();
        if (!wanted.isEmpty()) {
            for (String name : wanted) {
                NetworkInterface found = find(all, name);
                if (found == null) {
                    throw new IllegalArgumentException("SIROCCO_INTERFACES / sirocco.interfaces names \"" + name
                            + "\", which is neither an interface name nor an address of one; interfaces here: "
                            + all.stream().map(NetworkInterface::getName).toList());
                }
                if (!chosen.contains(found)) {
                    chosen.add(found);
                }
            }
        } else {
            for (NetworkInterface candidate : all) {
                try {
                    if (candidate.isUp() && !candidate.isLoopback() && candidate.supportsMulticast()
                            && !ipv4(candidate).isEmpty()) {
                        chosen.add(candidate);
                    }
                } catch (SocketException e) {
                    // an interface that cannot be inspected is not used
                }
            }
            if (chosen.isEmpty()) {
                for (NetworkInterface candidate : all) {
                    try {
                        if (candidate.isLoopback() && candidate.isUp()) {
                            chosen.add(candidate);
                        }
                    } catch (SocketException e) {
                        // skip
                    }
                }
            }
        }
        List<InetAddress> addresses = new ArrayList<>();
        for (NetworkInterface i : chosen) {
            addresses.addAll(ipv4(i));
        }
        if (addresses.isEmpty()) {
            throw new IllegalStateException("the selected network interfaces " + chosen.stream()
                    .map(NetworkInterface::getName).toList() + " have no IPv4 address");
        }
        return new Interfaces(List.copyOf(chosen), List.copyOf(addresses));
    }

    private static NetworkInterface find(List<NetworkInterface> all, String name) {
        for (NetworkInterface candidate : all) {
            if (candidate.getName().equals(name) || candidate.getDisplayName().equals(name)) {
                return candidate;
            }
            for (InetAddress address : Collections.list(candidate.getInetAddresses())) {
                if (address.getHostAddress().equals(name)) {
                    return candidate;
                }
            }
        }
        return null;
    }

    private static List<InetAddress> ipv4(NetworkInterface i) {
        List<InetAddress> result = new ArrayList<>();
        for (InetAddress address : Collections.list(i.getInetAddresses())) {
            if (address instanceof Inet4Address) {
                result.add(address);
            }
        }
        return result;
    }

    /**
     * The unicast address to reach a peer at, from the locators it announced: one of this host's own
     * addresses first (the peer runs here), then one on the subnet of a selected interface, then
     * any IPv4 address; {@code null} when none is usable.
     */
    public InetSocketAddress choose(List<Locator> locators) {
        Locator sameSubnet = null;
        Locator anyIpv4 = null;
        for (Locator locator : locators) {
            if (!locator.usable() || locator.isMulticast()) {
                continue;
            }
            InetAddress address = locator.socketAddress().getAddress();
            if (addresses.contains(address)) {
                return locator.socketAddress();
            }
            if (sameSubnet == null && onSelectedSubnet(address)) {
                sameSubnet = locator;
            }
            if (anyIpv4 == null && address instanceof Inet4Address) {
                anyIpv4 = locator;
            }
        }
        Locator best = sameSubnet != null ? sameSubnet : anyIpv4;
        return best == null ? null : best.socketAddress();
    }

    private boolean onSelectedSubnet(InetAddress address) {
        byte[] target = address.getAddress();
        for (NetworkInterface i : interfaces) {
            for (InterfaceAddress own : i.getInterfaceAddresses()) {
                byte[] mine = own.getAddress().getAddress();
                if (mine.length == target.length && samePrefix(mine, target, own.getNetworkPrefixLength())) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean samePrefix(byte[] a, byte[] b, int bits) {
        for (int i = 0; i < a.length && bits > 0; i++, bits -= 8) {
            int mask = bits >= 8 ? 0xff : (0xff << (8 - bits)) & 0xff;
            if ((a[i] & mask) != (b[i] & mask)) {
                return false;
            }
        }
        return true;
    }

    /** The interfaces multicast can use (multicast-capable and up). */
    public List<NetworkInterface> multicastCapable() {
        List<NetworkInterface> result = new ArrayList<>();
        for (NetworkInterface i : interfaces) {
            try {
                if (i.isUp() && (i.supportsMulticast() || i.isLoopback())) {
                    result.add(i);
                }
            } catch (SocketException e) {
                // skip
            }
        }
        return result;
    }
}
