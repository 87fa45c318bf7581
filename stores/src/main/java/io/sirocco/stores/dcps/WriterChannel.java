package io.sirocco.stores.dcps;

import io.sirocco.dcps.spi.LocalReader;
import io.sirocco.dcps.spi.MatchedWriter;
import java.util.Arrays;

/**
 * One writer of the group as this member's readers see it: the matched delivery channel of each
 * local reader that matched it. Targets are replaced copy-on-write under the member's lock and read
 * without one by the group thread.
 */
final class WriterChannel {

    /** One local reader's channel for this writer. */
    record Target(LocalReader<?> reader, MatchedWriter<?> channel, boolean durable) {
    }

    final long high;
    final long low;
    /** The fabric locator of the member the writer lives in; its departure from the view unmatches it. */
    final String memberLocator;
    /** The local writer's entry (for acknowledgements), or null for a writer of another member. */
    final LocalWriterEntry local;
    volatile Target[] targets = new Target[0];

    WriterChannel(long high, long low, String memberLocator, LocalWriterEntry local) {
        this.high = high;
        this.low = low;
        this.memberLocator = memberLocator;
        this.local = local;
    }

    boolean is(long h, long l) {
        return high == h && low == l;
    }

    void add(Target t) {
        Target[] old = targets;
        Target[] now = Arrays.copyOf(old, old.length + 1);
        now[old.length] = t;
        targets = now;
    }

    /** Removes the target of {@code reader}; returns it, or null. */
    Target remove(LocalReader<?> reader) {
        Target[] old = targets;
        for (int i = 0; i < old.length; i++) {
            if (old[i].reader() == reader) {
                Target[] now = new Target[old.length - 1];
                System.arraycopy(old, 0, now, 0, i);
                System.arraycopy(old, i + 1, now, i, old.length - i - 1);
                targets = now;
                return old[i];
            }
        }
        return null;
    }

    boolean hasTarget(LocalReader<?> reader) {
        for (Target t : targets) {
            if (t.reader() == reader) {
                return true;
            }
        }
        return false;
    }
}
