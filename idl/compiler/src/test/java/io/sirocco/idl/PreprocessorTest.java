package io.sirocco.idl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sirocco.idl.diag.Diagnostics;
import io.sirocco.idl.lex.Preprocessor;
import io.sirocco.idl.lex.Token;
import io.sirocco.idl.lex.TokenKind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PreprocessorTest {
    @TempDir
    Path dir;

    private String run(String main, Map<String, String> defines, List<Path> includes, Diagnostics d) throws IOException {
        Path file = dir.resolve("main.idl");
        Files.writeString(file, main);
        List<Token> tokens = new Preprocessor(d, includes, defines).run(file);
        return tokens.stream().filter(t -> t.kind() != TokenKind.EOF).map(Token::text).collect(Collectors.joining(" "));
    }

    @Test
    void objectMacrosExpandRecursivelyButNotIntoThemselves() throws IOException {
        Diagnostics d = new Diagnostics();
        String out = run("#define A B + 1\n#define B A\nconst long x = A;", Map.of(), List.of(), d);
        assertEquals("const long x = A + 1 ;", out);
        assertFalse(d.hasErrors());
    }

    @Test
    void conditionals() throws IOException {
        Diagnostics d = new Diagnostics();
        String src = """
                #define ONE 1
                #ifdef ONE
                a
                #else
                b
                #endif
                #ifndef TWO
                c
                #endif
                #if ONE + 1 == 2 && !defined(TWO)
                d
                #elif 1
                e
                #else
                f
                #endif
                #if 0
                #error never
                #endif
                """;
        assertEquals("a c d", run(src, Map.of(), List.of(), d));
        assertFalse(d.hasErrors(), d.all().toString());
    }

    @Test
    void commandLineDefines() throws IOException {
        Diagnostics d = new Diagnostics();
        assertEquals("const long n = 7 ;", run("#ifdef N\nconst long n = N;\n#endif", Map.of("N", "7"), List.of(), d));
    }

    @Test
    void includesSearchTheFileFolderThenTheIncludePath() throws IOException {
        Path lib = Files.createDirectories(dir.resolve("lib"));
        Files.writeString(lib.resolve("b.idl"), "from_lib");
        Files.writeString(dir.resolve("a.idl"), "from_here");
        Files.writeString(lib.resolve("a.idl"), "shadowed");
        Diagnostics d = new Diagnostics();
        assertEquals("from_here from_lib from_lib", run("#include \"a.idl\"\n#include \"b.idl\"\n#include <b.idl>",
                Map.of(), List.of(lib), d));
        assertFalse(d.hasErrors(), d.all().toString());
    }

    @Test
    void includeGuardsAndPragmaOnce() throws IOException {
        Files.writeString(dir.resolve("g.idl"), "#ifndef G\n#define G\nguarded\n#endif\n");
        Files.writeString(dir.resolve("o.idl"), "#pragma once\nonce\n");
        Diagnostics d = new Diagnostics();
        assertEquals("guarded once", run("#include \"g.idl\"\n#include \"g.idl\"\n#include \"o.idl\"\n#include \"o.idl\"\n",
                Map.of(), List.of(), d));
    }

    @Test
    void pragmaKeylistBecomesAToken() throws IOException {
        Path file = dir.resolve("k.idl");
        Files.writeString(file, "#pragma keylist S a b\n#pragma other stuff\n");
        List<Token> tokens = new Preprocessor(new Diagnostics(), List.of(), Map.of()).run(file);
        assertEquals(TokenKind.PRAGMA_KEYLIST, tokens.getFirst().kind());
        assertEquals(2, tokens.size());
    }

    @Test
    void filesReadAreRecorded() throws IOException {
        Files.writeString(dir.resolve("x.idl"), "x");
        Path file = dir.resolve("m.idl");
        Files.writeString(file, "#include \"x.idl\"\n");
        Preprocessor p = new Preprocessor(new Diagnostics(), List.of(), Map.of());
        p.run(file);
        assertEquals(2, p.filesRead().size());
        assertTrue(p.filesRead().contains(dir.resolve("x.idl").toAbsolutePath().normalize()));
    }

    @Test
    void byteOrderMarkAndWindowsLineEndings() throws IOException {
        Diagnostics d = new Diagnostics();
        assertEquals("const long n = 3 ;", run("\uFEFF#define N \\\r\n 3\r\nconst long n = N;\r\n", Map.of(), List.of(), d));
        assertFalse(d.hasErrors(), d.all().toString());
    }
}
