package io.sirocco.stores.group;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Processes that asked to join, as told by the layer above (DCPS, from SEDP discovery), by locator
 * hash in arrival order. The leader proposes the first one that is not a member yet; every member
 * resolves the hash of a proposed join here, so the layer above must tell every member (a member
 * that was not told does not acknowledge the proposal until it is). Thread safe; the predicate
 * thread checks {@link #pending()} on every pass, which reads one volatile field and allocates
 * nothing.
 */
final class JoinRequests {

    private final Map<Long, String> byHash = new LinkedHashMap<>();
    private volatile int pending;

    synchronized void add(String locator) {
        byHash.putIfAbsent(ChangeWord.hashOf(locator), locator);
        pending = byHash.size();
    }

    boolean pending() {
        return pending > 0;
    }

    synchronized String locator(long hash) {
        return byHash.get(hash);
    }

    /** The first requester that is not among {@code members}, or null. */
    synchronized String next(List<String> members) {
        for (String l : byHash.values()) {
            if (!members.contains(l)) {
                return l;
            }
        }
        return null;
    }

    /** Forgets the requesters that are now {@code members}. */
    synchronized void prune(List<String> members) {
        for (Iterator<String> it = byHash.values().iterator(); it.hasNext();) {
            if (members.contains(it.next())) {
                it.remove();
            }
        }
        pending = byHash.size();
    }
}
