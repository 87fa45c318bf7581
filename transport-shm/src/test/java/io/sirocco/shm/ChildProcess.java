package io.sirocco.shm;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** A {@link ShmChild} in its own JVM: same java binary and class path as the test. */
final class ChildProcess implements AutoCloseable {
    final Process process;
    final String locator;
    private final Writer stdin;
    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();

    private ChildProcess(Process process) throws IOException {
        this.process = process;
        this.stdin = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
        Thread.ofPlatform().daemon().start(() -> {
            try (BufferedReader out = new BufferedReader(
                    new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = out.readLine()) != null; ) {
                    lines.add(line);
                }
            } catch (IOException e) {
                // the child is gone
            }
            lines.add("EOF");
        });
        this.locator = expect("LOCATOR", Duration.ofSeconds(30)).split("\t", 2)[1];
    }

    static ChildProcess start(String... args) throws IOException {
        String java = ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        List<String> command = new ArrayList<>(List.of(java, "-Xmx64m", "-XX:+UseSerialGC",
                "-XX:TieredStopAtLevel=1", "-Xshare:auto", "-cp", System.getProperty("java.class.path")));
        String directory = System.getProperty("sirocco.shmDirectory");
        if (directory != null) {
            command.add("-Dsirocco.shmDirectory=" + directory);
        }
        command.add(ShmChild.class.getName());
        command.addAll(List.of(args));
        return new ChildProcess(new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start());
    }

    void sendLayout(String group, long viewId, int rank, int rowBytes, List<String> locators) throws IOException {
        stdin.write("LAYOUT\t" + group + "\t" + viewId + "\t" + rank + "\t" + rowBytes + "\t"
                + String.join("\t", locators) + "\n");
        stdin.flush();
    }

    /** The next line starting with {@code prefix}; fails on an error line, the child's exit or a timeout. */
    String expect(String prefix, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            String line;
            try {
                line = lines.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted waiting for " + prefix);
            }
            if (line == null) {
                throw new AssertionError("child " + process.pid() + " did not say " + prefix + " within " + timeout);
            }
            if (line.startsWith(prefix)) {
                return line;
            }
            if (line.startsWith("ERROR") || line.equals("EOF")) {
                throw new AssertionError("child " + process.pid() + " said " + line + " while we waited for "
                        + prefix);
            }
        }
    }

    void closeStdin() throws IOException {
        stdin.close();
    }

    int waitFor(Duration timeout) throws InterruptedException {
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new AssertionError("child " + process.pid() + " still running after " + timeout);
        }
        return process.exitValue();
    }

    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            try {
                kill();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
