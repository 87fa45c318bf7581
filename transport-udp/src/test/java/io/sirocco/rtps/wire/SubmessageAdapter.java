package io.sirocco.rtps.wire;

/** A {@link SubmessageHandler} that ignores every submessage; tests override what they look at. */
public class SubmessageAdapter implements SubmessageHandler {

    @Override
    public void data(Received message) {
    }

    @Override
    public void dataFragment(Received message) {
    }

    @Override
    public void heartbeat(Received message, int readerId, int writerId, long first, long last, int count,
            boolean isFinal, boolean liveliness) {
    }

    @Override
    public void heartbeatFragment(Received message, int readerId, int writerId, long sequence, int lastFragment,
            int count) {
    }

    @Override
    public void acknack(Received message, int readerId, int writerId, SequenceSet requested, int count,
            boolean isFinal) {
    }

    @Override
    public void gap(Received message, int readerId, int writerId, long gapStart, SequenceSet list) {
    }

    @Override
    public void nackFragment(Received message, int readerId, int writerId, long sequence, SequenceSet fragments,
            int count) {
    }
}
