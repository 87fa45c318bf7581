package io.sirocco.conformance.wire;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** Another process in a test (a Cyclone DDS peer, another JVM): its output lines, its exit. */
public final class PeerProcess implements AutoCloseable {
    private final String name;
    private final Process process;
    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    private final StringBuffer output = new StringBuffer();

    private PeerProcess(String name, Process process) {
        this.name = name;
        this.process = process;
        Thread pump = new Thread(this::pump, "peer-output-" + name);
        pump.setDaemon(true);
        pump.start();
    }

    /** Starts {@code command} with {@code environment} added; stderr goes with stdout. */
    static PeerProcess start(String name, List<String> command, Map<String, String> environment) {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(environment);
        try {
            return new PeerProcess(name, builder.start());
        } catch (IOException e) {
            throw new IllegalStateException("cannot start " + command + ": " + e.getMessage(), e);
        }
    }

    private void pump() {
        try (BufferedReader reader = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                output.append(line).append('\n');
                lines.add(line);
            }
        } catch (IOException e) {
            output.append("(output ended: ").append(e.getMessage()).append(")\n");
        }
    }

    /** Waits for a line starting with {@code prefix}; fails, showing the output so far, on timeout. */
    public String awaitLine(String prefix, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        try {
            while (true) {
                long left = deadline - System.nanoTime();
                String line = left > 0 ? lines.poll(left, TimeUnit.NANOSECONDS) : null;
                if (line == null) {
                    throw new AssertionError(name + " printed no line starting with \"" + prefix + "\" within "
                            + timeout + "; its output:\n" + output);
                }
                if (line.startsWith(prefix)) {
                    return line;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    /** Waits for the process to exit and returns its status; fails on timeout. */
    public int waitForExit(Duration timeout) {
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                throw new AssertionError(name + " did not exit within " + timeout + "; its output:\n" + output);
            }
            return process.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    /** Everything the process printed so far. */
    public String output() {
        return output.toString();
    }

    /** Writes {@code line} and a newline to the process's standard input. */
    public void send(String line) {
        try {
            OutputStream in = process.getOutputStream();
            in.write((line + "\n").getBytes(StandardCharsets.UTF_8));
            in.flush();
        } catch (IOException e) {
            throw new AssertionError(name + " did not take \"" + line + "\" (" + e.getMessage() + "); its output:\n"
                    + output, e);
        }
    }

    /** The process id (of the launcher, when the command has one that does not exec). */
    public long pid() {
        return process.pid();
    }

    /** Kills the process with SIGKILL ({@code kill -9}) and waits for it to be gone. */
    public void kill() {
        close();
    }

    @Override
    public void close() {
        process.destroyForcibly();
        try {
            process.waitFor(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
