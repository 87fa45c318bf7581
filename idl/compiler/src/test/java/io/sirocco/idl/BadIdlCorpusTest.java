package io.sirocco.idl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sirocco.idl.diag.Diagnostic;
import io.sirocco.idl.testing.CompiledIdl;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every file of {@code src/test/resources/bad} must fail with exactly the errors listed for it in
 * {@code bad/expected.txt}, each as {@code file:line:col: message}, and produce no Java.
 */
class BadIdlCorpusTest {

    @TestFactory
    Stream<DynamicTest> eachBadFileGivesItsErrors() throws Exception {
        Path dir = CompiledIdl.resource("bad");
        List<String> expected = Files.readAllLines(dir.resolve("expected.txt"), StandardCharsets.UTF_8);
        return CompiledIdl.idlFiles("bad").stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(),
                () -> {
                    String name = file.getFileName().toString();
                    IdlCompiler.Result r = new IdlCompiler().generate(List.of(file));
                    List<String> actual = new ArrayList<>();
                    for (Diagnostic d : r.errors()) {
                        actual.add(d.toString().replace(dir + java.io.File.separator, ""));
                    }
                    List<String> wanted = expected.stream().filter(l -> l.startsWith(name + ":")).toList();
                    assertFalse(wanted.isEmpty(), "no expectation for " + name + " in expected.txt");
                    assertEquals(wanted, actual);
                    assertFalse(r.succeeded());
                    assertTrue(r.files().isEmpty(), "no Java for a file with errors");
                }));
    }

    @Test
    void expectationsNameOnlyExistingFiles() throws Exception {
        Path dir = CompiledIdl.resource("bad");
        for (String line : Files.readAllLines(dir.resolve("expected.txt"), StandardCharsets.UTF_8)) {
            String file = line.substring(0, line.indexOf(':'));
            assertTrue(Files.exists(dir.resolve(file)), line);
        }
    }

    @Test
    void oneRunReportsSeveralErrors() {
        Path file = CompiledIdl.resource("bad/several_errors.idl");
        IdlCompiler.Result r = new IdlCompiler().generate(List.of(file));
        assertEquals(4, r.errors().size(), r.errors().toString());
    }

    @Test
    void commandLineReportsErrorsWithoutStackTraceAndFails() {
        Path file = CompiledIdl.resource("bad/several_errors.idl");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream saved = System.err;
        int status;
        try {
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            status = Main.run("-d", file.getParent().resolve("never-written").toString(), file.toString());
        } finally {
            System.setErr(saved);
        }
        String text = err.toString(StandardCharsets.UTF_8);
        assertEquals(1, status);
        assertTrue(text.contains(file + ":3:5: unknown type 'Unknown'"), text);
        assertTrue(text.contains("4 errors"), text);
        assertFalse(text.contains("Exception") || text.contains("\tat "), text);
        assertFalse(Files.exists(file.getParent().resolve("never-written")));
    }
}
