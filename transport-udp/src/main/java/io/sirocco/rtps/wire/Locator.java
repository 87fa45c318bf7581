package io.sirocco.rtps.wire;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.Arrays;

/** An RTPS locator: kind (UDPv4 or UDPv6), port and a 16-byte address. */
public final class Locator {
    public static final int KIND_UDPV4 = 1;
    public static final int KIND_UDPV6 = 2;

    private final int kind;
    private final int port;
    private final byte[] address;
    private final InetSocketAddress socketAddress;

    public Locator(int kind, int port, byte[] address) {
        this.kind = kind;
        this.port = port;
        this.address = address.clone();
        this.socketAddress = toSocketAddress();
    }

    public static Locator of(InetAddress address, int port) {
        byte[] raw = new byte[16];
        byte[] bytes = address.getAddress();
        if (address instanceof Inet4Address) {
            System.arraycopy(bytes, 0, raw, 12, 4);
            return new Locator(KIND_UDPV4, port, raw);
        }
        System.arraycopy(bytes, 0, raw, 0, 16);
        return new Locator(KIND_UDPV6, port, raw);
    }

    public int kind() {
        return kind;
    }

    public int port() {
        return port;
    }

    public byte[] address() {
        return address.clone();
    }

    /** Whether Sirocco can send to it (UDP over IPv4 or IPv6, a real port). */
    public boolean usable() {
        return (kind == KIND_UDPV4 || kind == KIND_UDPV6) && port > 0 && port < 65536 && socketAddress != null;
    }

    public boolean isMulticast() {
        return socketAddress != null && socketAddress.getAddress().isMulticastAddress();
    }

    /** The socket address, or {@code null} when the locator is not a UDP one. */
    public InetSocketAddress socketAddress() {
        return socketAddress;
    }

    private InetSocketAddress toSocketAddress() {
        try {
            if (kind == KIND_UDPV4) {
                return new InetSocketAddress(InetAddress.getByAddress(Arrays.copyOfRange(address, 12, 16)), port);
            }
            if (kind == KIND_UDPV6) {
                return new InetSocketAddress(Inet6Address.getByAddress(address), port);
            }
        } catch (UnknownHostException | IllegalArgumentException e) {
            return null;
        }
        return null;
    }

    /** Writes the 24-byte wire form (little-endian kind and port). */
    public void write(ByteWriter out) {
        out.putInt(kind);
        out.putInt(port);
        out.putBytes(address, 0, 16);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Locator l && l.kind == kind && l.port == port && Arrays.equals(l.address, address);
    }

    @Override
    public int hashCode() {
        return (kind * 31 + port) * 31 + Arrays.hashCode(address);
    }

    @Override
    public String toString() {
        return (kind == KIND_UDPV4 ? "udp/" : kind == KIND_UDPV6 ? "udp6/" : "kind" + kind + "/")
                + (socketAddress != null ? socketAddress.getAddress().getHostAddress() : "?") + ":" + port;
    }
}
