package io.sirocco.idl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code sirocco-idl} command line: options, output, exit status. */
class MainTest {
    @TempDir
    Path dir;

    private record Run(int status, String out, String err) {
    }

    private static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream savedOut = System.out;
        PrintStream savedErr = System.err;
        int status;
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            status = Main.run(args);
        } finally {
            System.setOut(savedOut);
            System.setErr(savedErr);
        }
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private Path write(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
        return p;
    }

    @Test
    void compilesFilesIntoTheOutputFolder() throws IOException {
        Path a = write("a.idl", "module m { struct A { @key long id; }; };");
        Path b = write("b.idl", "module n { enum E { X, Y }; const long K = 2; };");
        Path out = dir.resolve("out");
        Run r = run("-d", out.toString(), a.toString(), b.toString());
        assertEquals(0, r.status(), r.err());
        assertTrue(Files.isRegularFile(out.resolve("m/A.java")));
        assertTrue(Files.isRegularFile(out.resolve("m/ACodec.java")));
        assertTrue(Files.isRegularFile(out.resolve("n/E.java")));
        assertTrue(Files.isRegularFile(out.resolve("n/K.java")));
        assertTrue(r.out().contains("4 Java files"), r.out());
    }

    @Test
    void includePathAndDefines() throws IOException {
        write("lib/types.idl", "module lib { struct T { long v; }; };");
        Path main = write("src/main.idl", """
                #include <types.idl>
                #ifdef WITH_EXTRA
                module app { struct U { lib::T t; }; };
                #endif
                """);
        Path out = dir.resolve("out");
        Run missing = run("-d", out.toString(), main.toString());
        assertEquals(1, missing.status());
        assertTrue(missing.err().contains(main + ":1:1: cannot find include file 'types.idl'"), missing.err());
        Run ok = run("-I", dir.resolve("lib").toString(), "-D", "WITH_EXTRA", "-d", out.toString(), main.toString());
        assertEquals(0, ok.status(), ok.err());
        assertTrue(Files.isRegularFile(out.resolve("app/U.java")));
        assertTrue(Files.isRegularFile(out.resolve("lib/T.java")), "types from included files are generated too");
    }

    @Test
    void packagePrefixAndDefaultExtensibility() throws IOException {
        Path a = write("a.idl", "module m { struct A { long x; }; };");
        Path out = dir.resolve("out");
        Run r = run("-p", "com.example", "-x", "appendable", "-q", "-d", out.toString(), a.toString());
        assertEquals(0, r.status(), r.err());
        assertEquals("", r.out());
        String codec = Files.readString(out.resolve("com/example/m/ACodec.java"));
        assertTrue(codec.contains("package com.example.m;"));
        assertTrue(codec.contains("TypeExtensibility.APPENDABLE"));
        assertTrue(codec.contains("TYPE_NAME = \"m::A\""), "the wire name stays the IDL name");
    }

    @Test
    void unchangedOutputIsNotRewritten() throws Exception {
        Path a = write("a.idl", "struct A { long x; };");
        Path out = dir.resolve("out");
        assertEquals(0, run("-d", out.toString(), a.toString()).status());
        Path generated = out.resolve("A.java");
        Files.setLastModifiedTime(generated, java.nio.file.attribute.FileTime.fromMillis(1_000_000));
        assertEquals(0, run("-d", out.toString(), a.toString()).status());
        assertEquals(1_000_000, Files.getLastModifiedTime(generated).toMillis());
    }

    @Test
    void usageErrorsAndHelp() {
        Run none = run();
        assertEquals(2, none.status());
        assertTrue(none.err().contains("Usage: sirocco-idl"), none.err());
        Run badExtensibility = run("-x", "sideways", "x.idl");
        assertEquals(2, badExtensibility.status());
        assertFalse(badExtensibility.err().contains("\tat "), badExtensibility.err());
        Run help = run("--help");
        assertEquals(0, help.status());
        assertTrue(help.out().contains("-I=dir") && help.out().contains("-d=outdir"), help.out());
    }

    @Test
    void missingFileIsAnError() {
        Path nowhere = dir.resolve("nope.idl");
        Run r = run("-d", dir.toString(), nowhere.toString());
        assertEquals(1, r.status());
        assertTrue(r.err().contains(nowhere + ":1:1: cannot read " + nowhere + ": no such file"), r.err());
    }
}
