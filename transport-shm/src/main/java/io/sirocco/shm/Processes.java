package io.sirocco.shm;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Process identity on this host: a pid plus the process's start time, so that a reused pid is not
 * mistaken for the original process. On Linux the start time is field 22 of {@code /proc/<pid>/stat}
 * (clock ticks since boot): exact and the same for every reader, unlike a wall-clock instant derived
 * from it, which moves when the clock is stepped. Elsewhere the JDK's start instant is used.
 */
final class Processes {
    /** Returned for a process that does not exist (or is a zombie, which will never run again). */
    static final long GONE = -1;

    private static final boolean PROC = Files.isReadable(Path.of("/proc/self/stat"));

    // After PROC: static fields initialize in order, and startTime reads PROC.
    static final long SELF_PID = ProcessHandle.current().pid();
    static final long SELF_START = startTime(SELF_PID);

    private Processes() {
    }

    /** The start time of process {@code pid}, or {@link #GONE}. Allocates: call it every few ms at most. */
    static long startTime(long pid) {
        if (pid <= 0) {
            return GONE;
        }
        if (PROC) {
            return procStartTime(pid);
        }
        return ProcessHandle.of(pid)
                .filter(ProcessHandle::isAlive)
                .map(h -> h.info().startInstant().map(i -> i.toEpochMilli()).orElse(0L))
                .orElse(GONE);
    }

    /** Whether the process that had {@code pid} and {@code startTime} is still running. */
    static boolean alive(long pid, long startTime) {
        long now = startTime(pid);
        return now != GONE && (now == startTime || now == 0 || startTime == 0);
    }

    private static long procStartTime(long pid) {
        String stat;
        try {
            stat = new String(Files.readAllBytes(Path.of("/proc", Long.toString(pid), "stat")),
                    StandardCharsets.US_ASCII);
        } catch (IOException e) {
            return GONE; // no such process (or hidden from us: treated as gone, see the design note)
        }
        // "pid (comm) S ppid ...": comm may hold spaces and parentheses, so parse after the last ')'.
        int close = stat.lastIndexOf(')');
        if (close < 0) {
            return GONE;
        }
        String[] fields = stat.substring(close + 2).split(" ");
        if (fields.length < 20) {
            return 0; // unknown layout: liveness only
        }
        char state = fields[0].isEmpty() ? '?' : fields[0].charAt(0);
        if (state == 'Z' || state == 'X' || state == 'x') {
            return GONE;
        }
        try {
            return Long.parseLong(fields[19]); // field 22: starttime
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
