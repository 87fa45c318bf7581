package io.sirocco.shm;

import static io.sirocco.shm.SegmentGeometry.*;

import io.sirocco.stores.fabric.FabricException;
import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.locks.ReentrantLock;

/**
 * One member's attachment to a segment file, and the protocol that makes concurrent create, attach,
 * detach and stale-file cleanup safe.
 *
 * <p>Every step that reads or changes the header or the member slots holds an exclusive
 * {@link FileLock} on the file itself. The file is opened with {@code CREATE} (so all members end up
 * on one inode); whoever locks a file that is not {@linkplain SegmentGeometry#STATE_COMPLETE
 * complete} initializes it. Deletion (by the last member to close, or of a stale file) first writes
 * the {@linkplain SegmentGeometry#STATE_DELETED tombstone} under the lock, then unlinks: a member that
 * opened the old inode before the unlink sees the tombstone once it gets the lock, and starts over on
 * a fresh file. File locks belong to the whole JVM (a second lock in one JVM throws rather than
 * waits), so {@link #JVM_LOCK} serializes them among the members in this JVM.
 */
final class SegmentFile {
    private static final System.Logger LOG = System.getLogger(SegmentFile.class.getName());
    private static final ReentrantLock JVM_LOCK = new ReentrantLock();
    private static final VarHandle LONG = ValueLayout.JAVA_LONG.varHandle();
    private static final ValueLayout.OfLong PLAIN = ValueLayout.JAVA_LONG_UNALIGNED;
    private static final int MAX_ATTEMPTS = 100;
    /** A zero-length file is one a creator has just made and not locked yet, unless it is this old. */
    private static final Duration EMPTY_FILE_GRACE = Duration.ofSeconds(10);

    final Path path;
    final MemorySegment memory;
    final SegmentGeometry geometry;
    private final int rank;
    private final FileChannel channel;
    private final Arena arena;

    private SegmentFile(Path path, FileChannel channel, Arena arena, MemorySegment memory, SegmentGeometry geometry,
            int rank) {
        this.path = path;
        this.channel = channel;
        this.arena = arena;
        this.memory = memory;
        this.geometry = geometry;
        this.rank = rank;
    }

    /** Maps {@code path}, creating it for {@code geometry} if needed, and claims {@code rank}'s slot. */
    @SuppressWarnings("try") // the lock is held for the block's extent, not used in it
    static SegmentFile attach(Path path, SegmentGeometry geometry, int rank) throws FabricException {
        JVM_LOCK.lock();
        try {
            for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
                FileChannel channel = FileChannel.open(path, StandardOpenOption.CREATE, StandardOpenOption.READ,
                        StandardOpenOption.WRITE);
                SegmentFile attached = null;
                try (FileLock lock = channel.lock()) {
                    attached = attachLocked(path, channel, geometry, rank);
                } finally {
                    if (attached == null) {
                        channel.close();
                    }
                }
                if (attached != null) {
                    return attached;
                }
            }
            throw new FabricException("shared-memory segment " + path + " was deleted as stale " + MAX_ATTEMPTS
                    + " times while opening it");
        } catch (IOException e) {
            throw new FabricException("cannot open shared-memory segment " + path + ": " + e, e);
        } finally {
            JVM_LOCK.unlock();
        }
    }

    /** Under the file lock; {@code null} when the file was (or has just been) deleted: start over. */
    private static SegmentFile attachLocked(Path path, FileChannel channel, SegmentGeometry geometry, int rank)
            throws IOException, FabricException {
        long size = channel.size();
        MemorySegment header = read(channel, HEADER_BYTES);
        long magic = header.get(PLAIN, OFF_MAGIC);
        long state = header.get(PLAIN, OFF_STATE);
        if (magic != MAGIC && magic != 0) {
            throw new FabricException("shared-memory segment " + path + " exists but was not written by Sirocco"
                    + " (bad magic); remove it or set sirocco.shmDirectory to another directory");
        }
        if (state == STATE_DELETED) {
            return null;
        }
        if (state == STATE_COMPLETE) {
            if (!anyLiveMember(path, channel, header, size, -1)) {
                LOG.log(System.Logger.Level.DEBUG, "deleting stale shared-memory segment {0}", path);
                delete(path, channel);
                return null;
            }
            validate(path, header, size, geometry);
        } else if (state != STATE_CREATING) {
            throw new FabricException("shared-memory segment " + path + " has unknown state " + state);
        }
        if (state != STATE_COMPLETE && Files.getFileStore(path).getUsableSpace() < geometry.totalBytes) {
            throw new FabricException("no room for shared-memory segment " + path + " of " + geometry.totalBytes
                    + " bytes: " + path.getParent() + " is full");
        }
        Arena arena = Arena.ofShared();
        try {
            MemorySegment memory = channel.map(FileChannel.MapMode.READ_WRITE, 0, geometry.totalBytes, arena);
            if (state != STATE_COMPLETE) {
                initialize(path, memory, geometry);
            }
            claim(path, memory, geometry, rank);
            return new SegmentFile(path, channel, arena, memory, geometry, rank);
        } catch (IOException | FabricException | RuntimeException e) {
            arena.close();
            throw e;
        }
    }

    private static void initialize(Path path, MemorySegment memory, SegmentGeometry g) throws FabricException {
        try {
            // Zeros whatever a creator that died half way left, and touches every page now: a tmpfs that
            // fills up later would otherwise fault on first touch, in the middle of the protocol.
            memory.fill((byte) 0);
        } catch (InternalError e) {
            throw new FabricException("cannot allocate shared-memory segment " + path + " of " + g.totalBytes
                    + " bytes (is " + path.getParent() + " full?)", e);
        }
        memory.set(PLAIN, OFF_MAGIC, MAGIC);
        memory.set(PLAIN, OFF_VERSION, VERSION);
        memory.set(PLAIN, OFF_MEMBERS, g.members);
        memory.set(PLAIN, OFF_ROW_BYTES, g.rowBytes);
        memory.set(PLAIN, OFF_ROW_STRIDE, g.rowStride);
        memory.set(PLAIN, OFF_ROWS, g.rowsOffset);
        memory.set(PLAIN, OFF_VIEW, g.viewId);
        memory.set(PLAIN, OFF_HASH, g.layoutHash);
        memory.set(PLAIN, OFF_TOTAL, g.totalBytes);
        LONG.setRelease(memory, OFF_STATE, STATE_COMPLETE);
    }

    private static void validate(Path path, MemorySegment header, long size, SegmentGeometry g)
            throws FabricException {
        long version = header.get(PLAIN, OFF_VERSION);
        if (version != VERSION) {
            throw new FabricException("shared-memory segment " + path + " has layout version " + version
                    + "; this Sirocco reads version " + VERSION + " (members of one view run different versions)");
        }
        long members = header.get(PLAIN, OFF_MEMBERS);
        long rowBytes = header.get(PLAIN, OFF_ROW_BYTES);
        if (members != g.members || rowBytes != g.rowBytes) {
            throw new FabricException("shared-memory segment " + path + " was created for " + members
                    + " members with rowBytes " + rowBytes + ", but this member opened " + g.members
                    + " members with rowBytes " + g.rowBytes + ": all members of a view must open the same layout");
        }
        if (header.get(PLAIN, OFF_HASH) != g.layoutHash || header.get(PLAIN, OFF_VIEW) != g.viewId) {
            throw new FabricException("shared-memory segment " + path + " was created for a different layout"
                    + " (group name, view id or member locators differ): all members of a view must open the same"
                    + " layout");
        }
        if (header.get(PLAIN, OFF_TOTAL) != g.totalBytes || header.get(PLAIN, OFF_ROWS) != g.rowsOffset
                || header.get(PLAIN, OFF_ROW_STRIDE) != g.rowStride || size < g.totalBytes) {
            throw new FabricException("shared-memory segment " + path + " is inconsistent (" + size
                    + " bytes, header says " + header.get(PLAIN, OFF_TOTAL) + "); remove it");
        }
    }

    private static void claim(Path path, MemorySegment memory, SegmentGeometry g, int rank) throws FabricException {
        long slot = g.slot(rank);
        long state = (long) LONG.getAcquire(memory, slot + SLOT_STATE);
        if (state != SLOT_FREE) {
            long pid = memory.get(PLAIN, slot + SLOT_PID);
            boolean alive = Processes.alive(pid, memory.get(PLAIN, slot + SLOT_START));
            throw new FabricException("rank " + rank + " of shared-memory segment " + path + " was already taken by "
                    + (state == SLOT_ATTACHED && alive ? "live" : "departed") + " process " + pid
                    + ": each rank of a view is opened once; a member that comes back needs a new view");
        }
        memory.set(PLAIN, slot + SLOT_PID, Processes.SELF_PID);
        memory.set(PLAIN, slot + SLOT_START, Processes.SELF_START);
        LONG.setRelease(memory, slot + SLOT_STATE, SLOT_ATTACHED); // peers read pid/start after seeing this
    }

    /**
     * Marks this member's slot detached; the last attached member deletes the file. Then unmaps: any
     * later access through {@link #memory} throws {@link IllegalStateException}.
     */
    @SuppressWarnings("try")
    void detach() {
        JVM_LOCK.lock();
        try (channel; FileLock lock = channel.lock()) {
            LONG.setRelease(memory, geometry.slot(rank) + SLOT_STATE, SLOT_DETACHED);
            if (!anyLiveMember(memory, geometry.members, rank)) {
                LONG.setRelease(memory, OFF_STATE, STATE_DELETED);
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "closing shared-memory segment " + path + ": " + e);
        } finally {
            JVM_LOCK.unlock();
            arena.close();
        }
    }

    /**
     * Deletes {@code path} when it is a Sirocco segment that no live process is attached to (its
     * processes crashed, or the last one died while closing). Files in use are left alone.
     */
    static boolean deleteIfStale(Path path) {
        JVM_LOCK.lock();
        try (FileChannel channel = FileChannel.open(path, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            try (FileLock lock = channel.tryLock()) {
                if (lock == null) {
                    return false; // someone is creating, joining or leaving it right now
                }
                long size = channel.size();
                MemorySegment header = read(channel, HEADER_BYTES);
                if (size < 16) {
                    Instant modified = Files.getLastModifiedTime(path).toInstant();
                    if (Instant.now().isAfter(modified.plus(EMPTY_FILE_GRACE))) {
                        delete(path, channel); // a creator died between creating and locking it
                        return true;
                    }
                    return false;
                }
                if (header.get(PLAIN, OFF_MAGIC) != MAGIC) {
                    return false; // not ours
                }
                long state = header.get(PLAIN, OFF_STATE);
                // The creator holds the lock until the file is complete, so "creating" here means it died.
                if (state != STATE_COMPLETE || !anyLiveMember(path, channel, header, size, -1)) {
                    LOG.log(System.Logger.Level.DEBUG, "deleting stale shared-memory segment {0}", path);
                    delete(path, channel);
                    return true;
                }
                return false;
            }
        } catch (NoSuchFileException e) {
            return false;
        } catch (IOException | RuntimeException e) {
            LOG.log(System.Logger.Level.DEBUG, "cannot check shared-memory segment " + path + ": " + e);
            return false;
        } finally {
            JVM_LOCK.unlock();
        }
    }

    /** Tombstone, then unlink: see the class comment. */
    private static void delete(Path path, FileChannel channel) throws IOException {
        ByteBuffer tombstone = ByteBuffer.allocate(16).order(ByteOrder.nativeOrder());
        tombstone.putLong(MAGIC).putLong(STATE_DELETED).flip();
        while (tombstone.hasRemaining()) {
            channel.write(tombstone, tombstone.position());
        }
        Files.deleteIfExists(path);
    }

    private static boolean anyLiveMember(Path path, FileChannel channel, MemorySegment header, long size,
            int except) throws IOException {
        long members = header.get(PLAIN, OFF_MEMBERS);
        if (members < 1 || members > MAX_MEMBERS || size < slotsEnd((int) members)) {
            LOG.log(System.Logger.Level.DEBUG, "shared-memory segment {0} has a corrupt header", path);
            return false;
        }
        return anyLiveMember(read(channel, slotsEnd((int) members)), (int) members, except);
    }

    /** Whether a member other than {@code except} is attached and its process runs. Under the file lock. */
    private static boolean anyLiveMember(MemorySegment slots, int members, int except) {
        for (int r = 0; r < members; r++) {
            long slot = HEADER_BYTES + (long) r * SLOT_BYTES;
            if (r != except && slots.get(PLAIN, slot + SLOT_STATE) == SLOT_ATTACHED
                    && Processes.alive(slots.get(PLAIN, slot + SLOT_PID), slots.get(PLAIN, slot + SLOT_START))) {
                return true;
            }
        }
        return false;
    }

    /** The first {@code bytes} of the file (zeros past its end), for headers before mapping. */
    private static MemorySegment read(FileChannel channel, long bytes) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate((int) bytes).order(ByteOrder.nativeOrder());
        while (buffer.hasRemaining() && channel.read(buffer, buffer.position()) > 0) {
            // keep reading
        }
        return MemorySegment.ofBuffer(buffer.clear());
    }
}
