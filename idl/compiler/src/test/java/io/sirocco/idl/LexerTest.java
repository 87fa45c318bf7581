package io.sirocco.idl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sirocco.idl.diag.Diagnostics;
import io.sirocco.idl.lex.Lexer;
import io.sirocco.idl.lex.Token;
import io.sirocco.idl.lex.TokenKind;
import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.Test;

class LexerTest {

    private static List<Token> lex(String text, Diagnostics d) {
        return Lexer.file(text, "t.idl", d);
    }

    @Test
    void integerLiteralsInEveryBase() {
        Diagnostics d = new Diagnostics();
        List<Token> t = lex("42 0x2A 052 0 18446744073709551615", d);
        assertEquals(List.of(BigInteger.valueOf(42), BigInteger.valueOf(42), BigInteger.valueOf(42), BigInteger.ZERO,
                new BigInteger("18446744073709551615")), t.subList(0, 5).stream().map(Token::value).toList());
        assertFalse(d.hasErrors());
    }

    @Test
    void floatingLiterals() {
        Diagnostics d = new Diagnostics();
        List<Token> t = lex("1.5 .25 2e3 3.0E-1 7.f", d);
        assertEquals(List.of(1.5, 0.25, 2000.0, 0.3, 7.0), t.subList(0, 5).stream().map(Token::value).toList());
        assertTrue(t.stream().limit(5).allMatch(x -> x.kind() == TokenKind.FLOAT));
    }

    @Test
    void characterAndStringEscapes() {
        Diagnostics d = new Diagnostics();
        List<Token> t = lex("'a' '\\n' '\\x41' '\\101' L'\\u20ac' \"tab\\there\" L\"w\"", d);
        assertEquals('a', t.get(0).value());
        assertEquals('\n', t.get(1).value());
        assertEquals('A', t.get(2).value());
        assertEquals('A', t.get(3).value());
        assertEquals('\u20ac', t.get(4).value());
        assertTrue(t.get(4).wide());
        assertEquals("tab\there", t.get(5).value());
        assertTrue(t.get(6).wide());
        assertFalse(d.hasErrors());
    }

    @Test
    void escapedIdentifiersAreNeverKeywords() {
        List<Token> t = lex("_struct struct", new Diagnostics());
        assertEquals("struct", t.get(0).text());
        assertTrue(t.get(0).escaped());
        assertFalse(t.get(0).isKeyword("struct"));
        assertTrue(t.get(1).isKeyword("struct"));
    }

    @Test
    void positionsCountLinesAndColumns() {
        List<Token> t = lex("module m {\n  /* c */ struct S;\n};", new Diagnostics());
        Token struct = t.stream().filter(x -> x.isKeyword("struct")).findFirst().orElseThrow();
        assertEquals("t.idl:2:11", struct.position().toString());
    }

    @Test
    void directivesAreWholeLinesOnlyAtLineStart() {
        List<Token> t = lex("  #define X \\\n 3\nconst long a = X;", new Diagnostics());
        assertEquals(TokenKind.DIRECTIVE, t.getFirst().kind());
        assertTrue(t.getFirst().text().startsWith("define X"));
        assertEquals(TokenKind.IDENTIFIER, t.get(1).kind());
        assertEquals(3, t.get(1).position().line());
    }

    @Test
    void twoCharacterOperators() {
        List<Token> t = lex(":: << >> a::b", new Diagnostics());
        assertTrue(t.get(0).is("::"));
        assertTrue(t.get(1).is("<<"));
        assertTrue(t.get(2).is(">>"));
        assertTrue(t.get(4).is("::"));
    }

    @Test
    void badInputIsReportedAndSkipped() {
        Diagnostics d = new Diagnostics();
        List<Token> t = lex("long $ x; 09", d);
        assertEquals(2, d.errorCount(), d.all().toString());
        assertEquals("t.idl:1:6: unexpected character '$'", d.errors().getFirst().toString());
        assertEquals(TokenKind.EOF, t.getLast().kind());
    }
}
