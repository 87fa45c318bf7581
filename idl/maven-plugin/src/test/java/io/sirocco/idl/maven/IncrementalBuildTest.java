package io.sirocco.idl.maven;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** When the goal may skip the compiler, and what it cleans up. */
class IncrementalBuildTest {
    @TempDir
    Path dir;

    private Path idl;
    private Path included;
    private Path out;
    private IncrementalBuild build;

    @BeforeEach
    void setUp() throws IOException {
        idl = Files.writeString(dir.resolve("a.idl"), "#include \"b.idl\"");
        included = Files.writeString(dir.resolve("b.idl"), "struct B { long x; };");
        out = Files.writeString(dir.resolve("B.java"), "class B {}");
        build = new IncrementalBuild(dir.resolve("state/state.txt"));
        old(idl);
        old(included);
        build.record("s", Set.of(idl, included), Set.of(out));
    }

    private static void old(Path p) throws IOException {
        Files.setLastModifiedTime(p, FileTime.fromMillis(System.currentTimeMillis() - 60_000));
    }

    @Test
    void upToDateWhenNothingChanged() throws IOException {
        assertTrue(build.upToDate("s", List.of(idl)));
    }

    @Test
    void staleWhenSettingsChange() throws IOException {
        assertFalse(build.upToDate("other", List.of(idl)));
    }

    @Test
    void staleWhenAnIncludedFileChanges() throws IOException {
        Files.setLastModifiedTime(included, FileTime.fromMillis(System.currentTimeMillis() + 60_000));
        assertFalse(build.upToDate("s", List.of(idl)));
    }

    @Test
    void staleWhenANewFileAppearsOrAnOutputIsGone() throws IOException {
        Path c = Files.writeString(dir.resolve("c.idl"), "");
        assertFalse(build.upToDate("s", List.of(idl, c)));
        Files.delete(out);
        assertFalse(build.upToDate("s", List.of(idl)));
    }

    @Test
    void outputsNoLongerProducedAreDeleted() throws IOException {
        Path other = Files.writeString(dir.resolve("C.java"), "class C {}");
        build.record("s", Set.of(idl), Set.of(other));
        assertFalse(Files.exists(out));
        assertTrue(Files.exists(other));
    }

    @Test
    void forgettingForcesTheNextRun() throws IOException {
        build.forget();
        assertFalse(build.upToDate("s", List.of(idl)));
    }
}
