package io.sirocco.rtps.fabric;

import java.net.InetSocketAddress;

/**
 * What a member announces for the network fabric: {@code net1|<address>|<port>|<instance>}. The
 * instance is random per listener, so a peer that reaches a new process on a reused port is told
 * it is not the member it wanted.
 */
record NetLocator(String host, int port, long instance) {

    static final String PREFIX = "net1";

    /** The locator in {@code text}, or {@code null} when it is not a network-fabric locator. */
    static NetLocator parse(String text) {
        if (text == null || !text.startsWith(PREFIX + "|")) {
            return null;
        }
        String[] parts = text.split("\\|", -1);
        if (parts.length != 4 || parts[1].isEmpty()) {
            return null;
        }
        try {
            int port = Integer.parseInt(parts[2]);
            return port < 1 || port > 65535 ? null : new NetLocator(parts[1], port, Long.parseUnsignedLong(parts[3], 16));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    String format() {
        return PREFIX + "|" + host + "|" + port + "|" + Long.toHexString(instance);
    }

    /** Unresolved on purpose: a literal address needs no lookup, a host name is looked up at connect. */
    InetSocketAddress socketAddress() {
        return InetSocketAddress.createUnresolved(host, port);
    }
}
