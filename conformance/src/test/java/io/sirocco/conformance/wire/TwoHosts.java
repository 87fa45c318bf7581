package io.sirocco.conformance.wire;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Two emulated hosts: network namespaces {@code sirocco-<pid>-a} and {@code -b} joined by a veth
 * pair on 10.77.0.0/24, each with only {@code lo} and its veth end up. Whatever a test sends
 * there, multicast included, stays between the two. Needs root and {@code ip netns}; callers are
 * skipped otherwise.
 */
public final class TwoHosts implements AutoCloseable {
    private static final Pattern OURS = Pattern.compile("sirocco-(\\d+)-[ab]");

    /** One end: a namespace, its veth device and that device's address. */
    public record Host(String namespace, String device, String address) {
        /** Runs a command inside this host. */
        public List<String> launcher() {
            return List.of("ip", "netns", "exec", namespace);
        }
    }

    private final Host a;
    private final Host b;

    private TwoHosts(Host a, Host b) {
        this.a = a;
        this.b = b;
    }

    public Host a() {
        return a;
    }

    public Host b() {
        return b;
    }

    /**
     * Creates both hosts, after removing any that a killed earlier run left behind; skips the caller
     * without root or without working {@code ip netns} (e.g. a container without CAP_SYS_ADMIN).
     */
    public static TwoHosts create() {
        assumeTrue("0".equals(run("id", "-u").strip()), "network namespace tests need root");
        String missing = failure("ip", "netns", "list");
        assumeTrue(missing == null, () -> "network namespace tests need iproute2's ip netns: " + missing);
        removeLeftovers();
        String prefix = "sirocco-" + ProcessHandle.current().pid();
        TwoHosts hosts = new TwoHosts(new Host(prefix + "-a", "veth-a", "10.77.0.1"),
                new Host(prefix + "-b", "veth-b", "10.77.0.2"));
        String denied = failure("ip", "netns", "add", hosts.a.namespace);
        assumeTrue(denied == null, () -> "cannot create network namespaces here: " + denied);
        try {
            hosts.build();
        } catch (RuntimeException | Error e) {
            hosts.close();
            throw e;
        }
        return hosts;
    }

    private void build() {
        run("ip", "netns", "add", b.namespace);
        // Made directly inside the namespaces: never on the real host, so concurrent runs cannot clash.
        run("ip", "link", "add", a.device, "netns", a.namespace, "type", "veth", "peer", "name", b.device,
                "netns", b.namespace);
        for (Host host : List.of(a, b)) {
            run("ip", "-n", host.namespace, "addr", "add", host.address + "/24", "dev", host.device);
            run("ip", "-n", host.namespace, "link", "set", "lo", "up");
            run("ip", "-n", host.namespace, "link", "set", host.device, "up");
        }
    }

    /** Namespaces of test JVMs that no longer run (killed before their clean-up). */
    private static void removeLeftovers() {
        for (String line : run("ip", "netns", "list").lines().toList()) {
            Matcher m = OURS.matcher(line.split(" ")[0]);
            if (m.matches() && ProcessHandle.of(Long.parseLong(m.group(1))).isEmpty()) {
                failure("ip", "netns", "delete", m.group());
            }
        }
    }

    /** Deletes both namespaces, which takes the veth pair with them. */
    @Override
    public void close() {
        failure("ip", "netns", "delete", a.namespace);
        failure("ip", "netns", "delete", b.namespace);
    }

    /** Runs a command; {@code null} when it succeeds, else what went wrong. */
    private static String failure(String... command) {
        try {
            run(command);
            return null;
        } catch (IllegalStateException e) {
            return e.getMessage();
        }
    }

    /** Runs a command to completion; its output, or an exception with the output when it fails. */
    private static String run(String... command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(20, TimeUnit.SECONDS) || process.exitValue() != 0) {
                process.destroyForcibly();
                throw new IllegalStateException(String.join(" ", command) + " failed: " + output);
            }
            return output;
        } catch (IOException e) {
            throw new IllegalStateException("cannot run " + String.join(" ", command) + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted running " + String.join(" ", command), e);
        }
    }
}
