package io.sirocco.rtps.net;

/** Receives every datagram of a participant's sockets, on the event loop thread. */
public interface DatagramHandler {

    /** A datagram in {@code buffer[offset, offset + length)}; valid only during the call. */
    void received(byte[] buffer, int offset, int length);
}
