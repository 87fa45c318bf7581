package io.sirocco.rtps.fabric;

import static org.junit.jupiter.api.Assertions.*;

import io.sirocco.stores.fabric.FabricGroup;
import io.sirocco.stores.fabric.GroupLayout;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Members in child JVMs (same java, same class path): failure of a real process. */
class NetFabricProcessTest {
    private static final int ROW = 64;

    /** A {@link NetFabricChild}. */
    private static final class Child implements AutoCloseable {
        final Process process;
        final BufferedReader out;
        final Writer in;
        final String locator;

        Child() throws IOException {
            String java = ProcessHandle.current().info().command()
                    .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            process = new ProcessBuilder(java, "-Xmx64m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                    "-Dsirocco.interfaces=lo", "-cp", System.getProperty("java.class.path"),
                    NetFabricChild.class.getName()).redirectError(ProcessBuilder.Redirect.INHERIT).start();
            out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
            in = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
            locator = expect("LOCATOR").split("\t")[1];
        }

        String expect(String prefix) throws IOException {
            String line = out.readLine();
            assertNotNull(line, "child " + process.pid() + " exited before " + prefix);
            assertTrue(line.startsWith(prefix), "child " + process.pid() + " said " + line + ", not " + prefix);
            return line;
        }

        void layout(String group, int rank, List<String> locators) throws IOException {
            in.write("LAYOUT\t" + group + "\t1\t" + rank + "\t" + ROW + "\t" + String.join("\t", locators) + "\n");
            in.flush();
        }

        void signal(String name) throws Exception {
            assertEquals(0, new ProcessBuilder("kill", "-" + name, Long.toString(process.pid())).start().waitFor());
        }

        @Override
        public void close() throws Exception {
            process.destroyForcibly();
            process.waitFor(30, TimeUnit.SECONDS);
        }
    }

    /** Opens a view of this JVM (rank 0) and the children (ranks 1..), waits for every member to be open. */
    private static FabricGroup openWith(NetMembers parent, String group, Child... children) throws Exception {
        List<String> locators = new java.util.ArrayList<>(List.of(parent.providers[0].localLocator()));
        for (Child c : children) {
            locators.add(c.locator);
        }
        for (int i = 0; i < children.length; i++) {
            children[i].layout(group, i + 1, locators);
        }
        FabricGroup g = CompletableFuture.supplyAsync(() -> {
            try {
                return parent.providers[0].open(new GroupLayout(group, 1, locators, 0, ROW));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).get(30, TimeUnit.SECONDS);
        for (Child c : children) {
            c.expect("OPEN");
        }
        return g;
    }

    @Test
    void aKilledPeerProcessIsFailedWithinSecondsAndTheOtherPeerIsNot() throws Exception {
        try (NetMembers parent = new NetMembers(1); Child a = new Child(); Child b = new Child();
                FabricGroup g = openWith(parent, "killed", a, b)) {
            NetFabricGroupTest.awaitAtLeast(g, 1, 0, 3); // the children are pushing
            a.signal("KILL");
            long start = System.nanoTime();
            NetFabricGroupTest.awaitFailed(g, 1);
            long millis = (System.nanoTime() - start) / 1_000_000;
            assertFalse(g.failed(2), "the live child");
            long seen = g.readLongAcquire(2, 0);
            NetFabricGroupTest.awaitAtLeast(g, 2, 0, seen + 3); // and it keeps pushing
            System.out.println("kill -9 seen as failed after " + millis + " ms");
        }
    }

    @Test
    void aFrozenPeerProcessIsFailedByTheHeartbeatTimeout() throws Exception {
        try (NetMembers parent = new NetMembers(1, NetMembers.settings().withHeartbeat(100, 1_000));
                Child a = new Child(); FabricGroup g = openWith(parent, "frozen", a)) {
            NetFabricGroupTest.awaitAtLeast(g, 1, 0, 3);
            a.signal("STOP"); // connection stays open, the process answers nothing
            try {
                long start = System.nanoTime();
                NetFabricGroupTest.awaitFailed(g, 1);
                long millis = (System.nanoTime() - start) / 1_000_000;
                assertTrue(millis >= 500, "failed after " + millis + " ms: before the 1 s peer timeout could pass");
                System.out.println("SIGSTOP seen as failed after " + millis + " ms");
            } finally {
                a.signal("CONT");
            }
        }
    }
}
