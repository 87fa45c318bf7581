package io.sirocco.perftest;

import java.lang.management.ManagementFactory;

/**
 * {@code -cpu}: the CPU time this process used over a period, as a percentage of all cores (so 100 %
 * means every core busy), from the JVM's process CPU time.
 */
public final class CpuMeter {
    private final com.sun.management.OperatingSystemMXBean os;
    private final int cores = Runtime.getRuntime().availableProcessors();
    private final long startCpu;
    private final long startWall;
    private long lastCpu;
    private long lastWall;

    public CpuMeter() {
        this.os = ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean bean
                ? bean : null;
        this.startCpu = cpuNanos();
        this.startWall = System.nanoTime();
        this.lastCpu = startCpu;
        this.lastWall = startWall;
    }

    /** Usage since the previous call (or since creation). */
    public synchronized double interval() {
        long cpu = cpuNanos();
        long wall = System.nanoTime();
        double percent = percent(cpu - lastCpu, wall - lastWall);
        lastCpu = cpu;
        lastWall = wall;
        return percent;
    }

    /** Usage since creation. */
    public synchronized double total() {
        return percent(cpuNanos() - startCpu, System.nanoTime() - startWall);
    }

    private double percent(long cpu, long wall) {
        if (os == null || wall <= 0 || cpu < 0) {
            return Double.NaN;
        }
        return 100.0 * cpu / wall / cores;
    }

    private long cpuNanos() {
        return os == null ? -1 : os.getProcessCpuTime();
    }
}
