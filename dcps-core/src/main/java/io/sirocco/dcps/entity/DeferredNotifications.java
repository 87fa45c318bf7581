package io.sirocco.dcps.entity;

/**
 * Listener calls waiting for the current thread to release its locks. Code that changes a status
 * while holding a lock queues the call here; the outermost operation (a write, a delivery batch,
 * a timer action) runs {@link #flush()} once its locks are released, so that no listener ever runs
 * under an internal lock. Per thread, reused, allocation-free once warmed up.
 */
public final class DeferredNotifications {
    private static final System.Logger LOG = System.getLogger(DeferredNotifications.class.getName());
    private static final ThreadLocal<DeferredNotifications> CURRENT = ThreadLocal.withInitial(DeferredNotifications::new);

    private Notifiable[] targets = new Notifiable[8];
    private StatusKind[] kinds = new StatusKind[8];
    private int size;
    private boolean flushing;

    private DeferredNotifications() {
    }

    /** The current thread's queue. */
    public static DeferredNotifications current() {
        return CURRENT.get();
    }

    /** Queues a listener call; an identical call already queued is not repeated. */
    public void add(Notifiable target, StatusKind kind) {
        for (int i = size - 1; i >= 0 && i >= size - 4; i--) {
            if (targets[i] == target && kinds[i] == kind) {
                return;
            }
        }
        if (size == targets.length) {
            targets = java.util.Arrays.copyOf(targets, size * 2);
            kinds = java.util.Arrays.copyOf(kinds, size * 2);
        }
        targets[size] = target;
        kinds[size] = kind;
        size++;
    }

    public boolean isEmpty() {
        return size == 0;
    }

    /**
     * Runs the queued listener calls. Calls queued by listeners themselves run in the same flush; a
     * flush started from inside a listener returns at once and leaves them to the outer one.
     */
    public void flush() {
        if (flushing || size == 0) {
            return;
        }
        flushing = true;
        try {
            for (int i = 0; i < size; i++) {
                Notifiable target = targets[i];
                StatusKind kind = kinds[i];
                targets[i] = null;
                try {
                    target.dispatch(kind);
                } catch (RuntimeException e) {
                    LOG.log(System.Logger.Level.WARNING, "a listener threw while handling " + kind, e);
                }
            }
        } finally {
            size = 0;
            flushing = false;
        }
    }
}
