package io.sirocco.rtps.config;

/**
 * An initial peer for unicast discovery: a host, and a port or -1 for "every participant index's
 * discovery port on that host".
 */
public record Peer(String host, int port) {

    /** Parses {@code host}, {@code host:port} or {@code [ipv6]:port}. */
    static Peer parse(String text, String source) {
        String value = text.strip();
        if (value.isEmpty()) {
            throw new IllegalArgumentException(source + " has an empty peer");
        }
        String host = value;
        int port = -1;
        if (value.startsWith("[")) {
            int close = value.indexOf(']');
            if (close < 0) {
                throw new IllegalArgumentException(source + ": unbalanced '[' in peer \"" + value + "\"");
            }
            host = value.substring(1, close);
            if (close + 1 < value.length()) {
                port = port(value.substring(close + 2), value, source);
            }
        } else if (value.indexOf(':') >= 0 && value.indexOf(':') == value.lastIndexOf(':')) {
            int colon = value.indexOf(':');
            host = value.substring(0, colon);
            port = port(value.substring(colon + 1), value, source);
        }
        return new Peer(host, port);
    }

    private static int port(String text, String peer, String source) {
        try {
            int port = Integer.parseInt(text);
            if (port > 0 && port < 65536) {
                return port;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException(source + ": bad port in peer \"" + peer + "\"");
    }
}
