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
    }

    @Override
    public int poll() {
        int work = 0;
        for (int q = 0; q < k; q++) {
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
        if (ordered && k > 0) {
            work += deliverStable();
            work += sendNulls();
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

    /** Ordered mode: global sequences delivered here so far. */
    long deliveredNum() {
        return deliveredNum;
    }
}
