package io.sirocco.dcps.pub;

import io.sirocco.dcps.spi.ChangeKind;
import io.sirocco.dcps.spi.WriterChange;
import io.sirocco.dcps.type.TypeCodec;
import java.util.ArrayDeque;
import java.util.function.Consumer;
import java.util.function.LongConsumer;

/**
 * A writer's history: the changes it keeps for late joiners (TRANSIENT_LOCAL) and for reliable
 * delivery, in sequence order and per instance. Each change holds its own copy of the sample, in
 * a pooled node, so the application may reuse its objects right after write(). Guarded by the
 * writer's lock.
 */
final class WriterHistory<T> {
    private final TypeCodec<T> codec;
    private final org.omg.dds.core.ServiceEnvironment environment;
    private final ArrayDeque<HistoryNode<T>> pool = new ArrayDeque<>();
    private HistoryNode<T> head;
    private HistoryNode<T> tail;
    private int size;

    /** Told the sequence number of every change that leaves the history on its own. */
    private final LongConsumer removed;
    /** Told, once, the last sequence number of a run of oldest changes that left together. */
    private final LongConsumer removedThrough;

    WriterHistory(TypeCodec<T> codec, org.omg.dds.core.ServiceEnvironment environment, LongConsumer removed,
            LongConsumer removedThrough) {
        this.codec = codec;
        this.environment = environment;
        this.removed = removed;
        this.removedThrough = removedThrough;
    }

    int size() {
        return size;
    }

    HistoryNode<T> oldest() {
        return head;
    }

    /** Appends a change; ALIVE changes copy the whole sample, the others only its key. */
    HistoryNode<T> append(WriterInstance<T> instance, ChangeKind kind, long sequence, long sourceTimestamp,
            long expiryNanoTime, T sample) {
        HistoryNode<T> node = pool.pollLast();
        if (node == null) {
            node = new HistoryNode<>(codec.newSample(environment));
        }
        if (kind == ChangeKind.ALIVE) {
            codec.copy(sample, node.data);
        } else {
            codec.copyKey(sample, node.data);
        }
        node.change.set(sequence, kind, instance.handle, sourceTimestamp, expiryNanoTime, node.data);
        System.arraycopy(instance.keyHash, 0, node.change.keyHash(), 0, 16);
        node.instance = instance;
        node.previous = tail;
        node.next = null;
        if (tail == null) {
            head = node;
        } else {
            tail.next = node;
        }
        tail = node;
        node.previousInInstance = instance.lastChange;
        node.nextInInstance = null;
        if (instance.lastChange == null) {
            instance.firstChange = node;
        } else {
            instance.lastChange.nextInInstance = node;
        }
        instance.lastChange = node;
        instance.changeCount++;
        size++;
        return node;
    }

    void remove(HistoryNode<T> node) {
        removed.accept(node.change.sequenceNumber());
        unlink(node);
    }

    private void unlink(HistoryNode<T> node) {
        WriterInstance<T> instance = node.instance;
        if (node.previous == null) {
            head = node.next;
        } else {
            node.previous.next = node.next;
        }
        if (node.next == null) {
            tail = node.previous;
        } else {
            node.next.previous = node.previous;
        }
        if (node.previousInInstance == null) {
            instance.firstChange = node.nextInInstance;
        } else {
            node.previousInInstance.nextInInstance = node.nextInInstance;
        }
        if (node.nextInInstance == null) {
            instance.lastChange = node.previousInInstance;
        } else {
            node.nextInInstance.previousInInstance = node.previousInInstance;
        }
        instance.changeCount--;
        size--;
        node.previous = null;
        node.next = null;
        node.previousInInstance = null;
        node.nextInInstance = null;
        node.instance = null;
        pool.addLast(node);
    }

    /** Removes every change with a sequence number up to {@code sequence} (acknowledged by all). */
    void removeUpTo(long sequence) {
        if (head == null || head.change.sequenceNumber() > sequence) {
            return;
        }
        while (head != null && head.change.sequenceNumber() <= sequence) {
            unlink(head);
        }
        removedThrough.accept(sequence);
    }

    /** Removes changes whose lifespan ended; returns when the next one ends. */
    long expire(long now) {
        long next = Long.MAX_VALUE;
        for (HistoryNode<T> node = head; node != null; ) {
            HistoryNode<T> following = node.next;
            long expiry = node.change.expiryNanoTime();
            if (expiry <= now) {
                remove(node);
            } else if (expiry != Long.MAX_VALUE) {
                next = Math.min(next, expiry);
            }
            node = following;
        }
        return next;
    }

    void forEach(Consumer<WriterChange<T>> consumer) {
        long now = System.nanoTime();
        for (HistoryNode<T> node = head; node != null; node = node.next) {
            // Changes held back by a suspension or an open coherent set reach a late joiner when
            // they are released, as they reach every other reader; replaying them would break the set.
            if (node.change.expiryNanoTime() > now && !node.pending) {
                consumer.accept(node.change);
            }
        }
    }
}
