package io.sirocco.stores.group;

import io.sirocco.stores.smc.SmcReceiver;
import io.sirocco.stores.smc.SmcSender;
import io.sirocco.stores.sst.Sst;
import io.sirocco.stores.sst.SstLayout;
import io.sirocco.stores.sst.SstPredicate;
import java.lang.foreign.MemorySegment;

/**
 * The group's receive-and-deliver predicate, one pass per call on the predicate thread. A pass takes
 * everything that has arrived from every sender, delivers what it may, and ends with one push of the
 * counters it changed (opportunistic batching: it never waits for more).
 *
 * <p>Unordered: each new message is delivered as found, then {@code num_received[sender]} moves past
 * it (so the sender cannot reuse the slot during the callback).
 *
 * <p>Ordered: message {@code i} of sender index {@code q} has global sequence {@code i * k + q} (k
 * senders). {@code seq_num} is the first sequence not yet received here, {@code min_q(num_received[q]
 * * k + q)}; a sequence is stable once below every member's {@code seq_num}, and is then delivered in
 * order and counted in {@code delivered_num}. A sender whose next sequence lags the highest one
 * received sends null messages, so an idle sender never holds the order back.
 *
 * <p>Wedged (a view change is under way): ordered delivery and null-sends stop; receiving goes on
 * from senders that are not suspected (the leader waits until every survivor has everything they
 * sent), and unordered delivery goes on with it. {@link #deliverTrim} then delivers the ragged
 * trim the leader decided, the last deliveries of the view.
 */
final class DeliveryPredicate implements SstPredicate {

    private final Sst sst;
    private final SstLayout layout;
    private final SmcReceiver receiver;
    private final DeliveryHandler handler;
    private final boolean ordered;
    private final int[] senders;
    private final int k;
    private final MemorySegment[] rows;
    private final long[] received;
    private final SmcSender mySender;
    private final int myIndex;
    private final int me;
    private final int members;
    private final boolean[] ignored;
    private boolean wedged;
    private long seqNum;
    private long deliveredNum;

    DeliveryPredicate(Sst sst, SmcReceiver receiver, DeliveryHandler handler, boolean ordered, int[] senders,
            SmcSender mySender, int myIndex) {
        this.sst = sst;
        this.layout = sst.layout();
        this.receiver = receiver;
        this.handler = handler;
        this.ordered = ordered;
        this.senders = senders;
        this.k = senders.length;
        this.mySender = mySender;
        this.myIndex = myIndex;
        this.me = sst.myRank();
        this.members = sst.members();
        rows = new MemorySegment[k];
        for (int q = 0; q < k; q++) {
            rows[q] = sst.fabric().row(senders[q]);
        }
        received = new long[k];
        ignored = new boolean[k];
    }

    /** Stops ordered delivery and null-sends for the rest of this view. */
    void wedge() {
        wedged = true;
    }

    /** Stops receiving from sender index {@code q} (it is suspected: its last messages are trimmed). */
    void ignore(int q) {
        ignored[q] = true;
    }

    /** Messages received from sender index {@code q} (this member's num_received[q]). */
    long received(int q) {
        return received[q];
    }

    @Override
    public int poll() {
        int work = 0;
        for (int q = 0; q < k; q++) {
            if (ignored[q]) {
                continue;
            }
            int rank = senders[q];
            long from = received[q];
            int n = receiver.available(rank, from);
            if (n == 0) {
                continue;
            }
            if (!ordered) {
                for (long i = from; i < from + n; i++) {
                    handler.deliver(rank, i, -1, rows[q], receiver.payloadOffset(i), receiver.size(rank, i));
                }
            }
            received[q] = from + n;
            sst.write(layout.numReceived(q), received[q]);
            work += n;
        }
        int delivered = ordered ? 0 : work;
        if (ordered && k > 0 && !wedged) {
            delivered = deliverStable();
            work += delivered + sendNulls();
        }
        if (delivered > 0) {
            handler.endOfBatch();
        }
        sst.pushDirty();
        return work;
    }

    private int deliverStable() {
        long first = Long.MAX_VALUE;
        for (int q = 0; q < k; q++) {
            first = Math.min(first, received[q] * k + q);
        }
        if (first != seqNum) {
            seqNum = first;
            sst.write(SstLayout.SEQ_NUM, first);
        }
        long stable = seqNum;
        for (int m = 0; m < members; m++) {
            if (m != me) {
                stable = Math.min(stable, sst.read(m, SstLayout.SEQ_NUM));
            }
        }
        int n = 0;
        for (long seq = deliveredNum; seq < stable; seq++) {
            int q = (int) (seq % k);
            long index = seq / k;
            int rank = senders[q];
            if (!receiver.isNull(rank, index)) {
                handler.deliver(rank, index, seq, rows[q], receiver.payloadOffset(index), receiver.size(rank, index));
            }
            n++;
        }
        if (n > 0) {
            deliveredNum = stable;
            sst.write(SstLayout.DELIVERED_NUM, stable);
        }
        return n;
    }

    private int sendNulls() {
        if (mySender == null) {
            return 0;
        }
        long highest = -1;
        for (int q = 0; q < k; q++) {
            if (received[q] > 0) {
                highest = Math.max(highest, (received[q] - 1) * k + q);
            }
        }
        if (highest < myIndex) {
            return 0;
        }
        // Our messages with sequence ≤ highest must exist before anything up to highest is stable.
        return mySender.trySendNulls((highest - myIndex) / k + 1);
    }

    /**
     * The view's last deliveries: sender index {@code q}'s messages below {@code trim[q]} and nothing
     * after them. Ordered: every such message not yet delivered, in global order from
     * {@code delivered_num} (skipping trimmed sequences), which gives every survivor the same
     * sequence since all of them deliver the same set in the same order and what any member delivered
     * before was stable, hence received everywhere, hence under the trim. Unordered: each message was
     * delivered on arrival, so this only checks that the trim was reached.
     */
    void deliverTrim(long[] trim) {
        for (int q = 0; q < k; q++) {
            if (received[q] < trim[q] && !receivedUpTo(q, trim[q])) {
                throw new IllegalStateException("ragged trim: sender " + senders[q] + " message " + (trim[q] - 1)
                        + " is not here");
            }
        }
        if (!ordered) {
            return;
        }
        long end = 0;
        for (int q = 0; q < k; q++) {
            if (trim[q] > 0) {
                end = Math.max(end, (trim[q] - 1) * k + q + 1);
            }
        }
        for (long seq = deliveredNum; seq < end; seq++) {
            int q = (int) (seq % k);
            long index = seq / k;
            int rank = senders[q];
            if (index < trim[q] && !receiver.isNull(rank, index)) {
                handler.deliver(rank, index, seq, rows[q], receiver.payloadOffset(index), receiver.size(rank, index));
            }
        }
        deliveredNum = Math.max(deliveredNum, end);
        handler.endOfBatch();
    }

    /** Unordered delivery happens on receipt, so a trim above what arrived here is a protocol bug. */
    private boolean receivedUpTo(int q, long bound) {
        if (!ordered) {
            return false;
        }
        for (long i = received[q]; i < bound; i++) {
            if (!receiver.arrived(senders[q], i)) {
                return false;
            }
        }
        return true;
    }

    /** Ordered mode: global sequences delivered here so far. */
    long deliveredNum() {
        return deliveredNum;
    }
}
