package io.sirocco.perftest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A perftest process started by the demo: this JVM's {@code java}, class path and JVM options (so
 * {@code -D} settings and memory options carry over), then {@link Main} with the given arguments.
 * Its standard output is copied line by line to a stream, either as it comes or held back until
 * {@link #flushHeld}; its standard error is copied as it comes.
 */
final class ChildProcess {
    private final Process process;
    private final Thread stdoutCopier;
    private final Thread stderrCopier;
    private final List<String> held = new ArrayList<>();
    private final boolean hold;

    private ChildProcess(Process process, PrintStream out, PrintStream err, boolean hold) {
        this.process = process;
        this.hold = hold;
        this.stdoutCopier = copier(process.getInputStream(), out, hold);
        this.stderrCopier = copier(process.getErrorStream(), err, false);
    }

    /**
     * Starts {@code Main args}.
     *
     * @param hold whether to hold standard output back until {@link #flushHeld}
     */
    static ChildProcess start(List<String> args, PrintStream out, PrintStream err, boolean hold) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        for (String option : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
            if (option.startsWith("-D") || option.startsWith("-X") || option.startsWith("--enable-native-access")) {
                command.add(option);
            }
        }
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(Main.class.getName());
        command.addAll(args);
        Process process = new ProcessBuilder(command).start();
        process.getOutputStream().close();
        return new ChildProcess(process, out, err, hold);
    }

    /** Waits for the process to end; its exit status, or -1 if it had to be killed after {@code seconds}. */
    int await(long seconds) throws InterruptedException {
        if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
            kill();
            return -1;
        }
        stdoutCopier.join(5000);
        stderrCopier.join(5000);
        return process.exitValue();
    }

    boolean isAlive() {
        return process.isAlive();
    }

    void kill() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(5, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            process.waitFor(5, TimeUnit.SECONDS);
        }
    }

    /** Prints the standard output held back so far. */
    void flushHeld(PrintStream out) {
        if (!hold) {
            return;
        }
        synchronized (held) {
            for (String line : held) {
                out.println(line);
            }
            held.clear();
        }
        out.flush();
    }

    private Thread copier(InputStream from, PrintStream to, boolean holdLines) {
        return Thread.ofPlatform().daemon().name("perftest-child-output").start(() -> {
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(from, StandardCharsets.UTF_8))) {
                String line;
                while ((line = lines.readLine()) != null) {
                    if (holdLines) {
                        synchronized (held) {
                            held.add(line);
                        }
                    } else {
                        synchronized (to) {
                            to.println(line);
                            to.flush();
                        }
                    }
                }
            } catch (IOException e) {
                // the process went away; what it printed is already copied
            }
        });
    }
}
