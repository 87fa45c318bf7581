package io.sirocco.rtps.wire;

/**
 * What the message parser calls for each submessage addressed to this participant. The
 * {@link Received} object is only valid during the call.
 */
public interface SubmessageHandler {

    void data(Received message);

    void dataFragment(Received message);

    void heartbeat(Received message, int readerId, int writerId, long first, long last, int count, boolean isFinal,
            boolean liveliness);

    void heartbeatFragment(Received message, int readerId, int writerId, long sequence, int lastFragment, int count);

    void acknack(Received message, int readerId, int writerId, SequenceSet requested, int count, boolean isFinal);

    void gap(Received message, int readerId, int writerId, long gapStart, SequenceSet list);

    void nackFragment(Received message, int readerId, int writerId, long sequence, SequenceSet fragments, int count);
}
