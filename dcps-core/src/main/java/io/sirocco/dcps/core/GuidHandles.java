package io.sirocco.dcps.core;

import java.util.concurrent.ConcurrentHashMap;

/**
 * The instance handle of every entity known in this JVM, by GUID: local entities register the
 * handle they were created with, remote entities get one when first discovered. All participants
 * of the JVM therefore agree on, e.g., a publication handle.
 */
public final class GuidHandles {
    private static final ConcurrentHashMap<Guid, Long> HANDLES = new ConcurrentHashMap<>();
    private static final ConcurrentHashMap<Long, Guid> GUIDS = new ConcurrentHashMap<>();

    private GuidHandles() {
    }

    /** Records the handle of a local entity. */
    public static void register(Guid guid, long handle) {
        HANDLES.put(guid, handle);
        GUIDS.put(handle, guid);
    }

    /** The handle of {@code guid}, assigning a new one for an entity seen for the first time. */
    public static long handleOf(Guid guid) {
        Long known = HANDLES.get(guid);
        if (known != null) {
            return known;
        }
        long fresh = Handles.next();
        Long raced = HANDLES.putIfAbsent(guid, fresh);
        if (raced != null) {
            return raced;
        }
        GUIDS.put(fresh, guid);
        return fresh;
    }

    /** The GUID of a handle, or {@code null} when the handle names no entity. */
    public static Guid guidOf(long handle) {
        return GUIDS.get(handle);
    }

    /** Forgets an entity that was deleted or lost. */
    public static void forget(Guid guid) {
        Long handle = HANDLES.remove(guid);
        if (handle != null) {
            GUIDS.remove(handle);
        }
    }
}
