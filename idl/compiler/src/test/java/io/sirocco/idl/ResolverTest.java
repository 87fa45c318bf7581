package io.sirocco.idl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sirocco.idl.diag.Diagnostics;
import io.sirocco.idl.model.ArrayType;
import io.sirocco.idl.model.BitmaskType;
import io.sirocco.idl.model.ConstValue;
import io.sirocco.idl.model.ConstantDecl;
import io.sirocco.idl.model.Declaration;
import io.sirocco.idl.model.EnumType;
import io.sirocco.idl.model.Extensibility;
import io.sirocco.idl.model.Field;
import io.sirocco.idl.model.PrimitiveType;
import io.sirocco.idl.model.SequenceType;
import io.sirocco.idl.model.Specification;
import io.sirocco.idl.model.StringType;
import io.sirocco.idl.model.StructType;
import io.sirocco.idl.model.UnionType;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Names, types, constants, member ids, keys and unions as the semantic pass resolves them. */
class ResolverTest {
    @TempDir
    Path dir;

    private Specification analyze(String idl) throws IOException {
        Path file = dir.resolve("t.idl");
        Files.writeString(file, idl);
        Diagnostics d = new Diagnostics();
        Specification s = new IdlCompiler().analyze(file, d);
        assertFalse(d.hasErrors(), d.all().toString());
        return s;
    }

    private static <T extends Declaration> T find(Specification s, String scoped, Class<T> kind) {
        return kind.cast(s.declarations().stream().filter(d -> d.scopedName().equals(scoped)).findFirst().orElseThrow());
    }

    @Test
    void constantExpressionsScopedNamesAndEnumerators() throws IOException {
        Specification s = analyze("""
                module a {
                  const long BASE = 4;
                  enum Color { RED, GREEN };
                  module b {
                    const long DERIVED = (BASE << 2) | 1 ^ 3 % 2 - -1;
                    const unsigned long long BIG = 0xFFFFFFFFFFFFFFFF;
                    const double HALF = 1.0 / 2;
                    const string NAME = "ab" "cd";
                    const Color FAV = GREEN;
                    const char C = 'x';
                    const boolean YES = TRUE;
                  };
                };
                """);
        assertEquals(BigInteger.valueOf(16 | 1 ^ (1 - -1)), ((ConstValue.Int) find(s, "a::b::DERIVED", ConstantDecl.class)
                .value()).value());
        assertEquals(new BigInteger("18446744073709551615"), ((ConstValue.Int) find(s, "a::b::BIG", ConstantDecl.class)
                .value()).value());
        assertEquals(new ConstValue.Float(0.5), find(s, "a::b::HALF", ConstantDecl.class).value());
        assertEquals(new ConstValue.Str("abcd"), find(s, "a::b::NAME", ConstantDecl.class).value());
        assertEquals("GREEN", ((ConstValue.Enumerator) find(s, "a::b::FAV", ConstantDecl.class).value()).literal().name());
    }

    @Test
    void typedefsDisappearAndArrayDimensionsMerge() throws IOException {
        Specification s = analyze("""
                typedef long Row[3];
                typedef sequence<Row, 2> Rows;
                typedef string<5> Name;
                struct S { Row grid[2]; Rows rows; Name n; sequence<sequence<octet> > nested; };
                """);
        List<Field> f = find(s, "S", StructType.class).allFields();
        assertEquals(new ArrayType(PrimitiveType.INT32, List.of(2, 3)), f.get(0).type());
        assertEquals(new SequenceType(new ArrayType(PrimitiveType.INT32, List.of(3)), 2), f.get(1).type());
        assertEquals(new StringType(false, 5), f.get(2).type());
        assertEquals(new SequenceType(new SequenceType(PrimitiveType.OCTET, 0), 0), f.get(3).type());
    }

    @Test
    void memberIdsSequentialExplicitHashedAndInherited() throws IOException {
        Specification s = analyze("""
                @mutable struct Base { long a; @id(10) long b; long c; };
                @mutable struct Derived : Base { long d; @hashid long e; @hashid("x") long f; };
                """);
        List<Field> f = find(s, "Derived", StructType.class).allFields();
        assertEquals(List.of(0, 10, 11, 12), f.subList(0, 4).stream().map(Field::id).toList());
        assertEquals(md5Id("e"), f.get(4).id());
        assertEquals(md5Id("x"), f.get(5).id());
        assertEquals(Extensibility.MUTABLE, find(s, "Derived", StructType.class).extensibility());
    }

    private static int md5Id(String name) {
        try {
            byte[] d = MessageDigest.getInstance("MD5").digest(name.getBytes(StandardCharsets.UTF_8));
            return ((d[0] & 0xFF) | (d[1] & 0xFF) << 8 | (d[2] & 0xFF) << 16 | (d[3] & 0xFF) << 24) & 0x0FFFFFFF;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void keysNestedKeysAndKeylist() throws IOException {
        Specification s = analyze("""
                struct Inner { long x; long y; };
                struct Keyed { @key long id; @key(FALSE) long not_key; Inner i; };
                struct Outer { @key Inner where; long v; };
                struct Plain { long a; long b; };
                #pragma keylist Plain b
                """);
        assertEquals(List.of("id"), find(s, "Keyed", StructType.class).keys().stream().map(Field::name).toList());
        StructType inner = find(s, "Inner", StructType.class);
        assertEquals(2, inner.nestedKeys().size());
        assertFalse(inner.isKeyed());
        assertEquals(List.of("b"), find(s, "Plain", StructType.class).keys().stream().map(Field::name).toList());
        assertTrue(find(s, "Plain", StructType.class).keys().getFirst().mustUnderstand());
    }

    @Test
    void unionLabelsDefaultsAndUnusedDiscriminator() throws IOException {
        Specification s = analyze("""
                enum E { A, B, C };
                union U switch (E) { case A: long a; case B: case C: string bc; };
                union V switch (octet) { case 0: long z; case 1: long o; default: string other; };
                union W switch (boolean) { case TRUE: long t; };
                """);
        UnionType u = find(s, "U", UnionType.class);
        assertNull(u.unusedDiscriminator());
        assertEquals(2, u.cases().get(1).labels().size());
        UnionType v = find(s, "V", UnionType.class);
        assertEquals(new ConstValue.Int(BigInteger.TWO), v.unusedDiscriminator());
        assertEquals("other", v.caseFor(new ConstValue.Int(BigInteger.TEN)).name());
        UnionType w = find(s, "W", UnionType.class);
        assertEquals(new ConstValue.Bool(false), w.unusedDiscriminator());
        assertEquals(new ConstValue.Bool(false), w.initialDiscriminator());
        assertNull(w.caseFor(w.initialDiscriminator()));
    }

    @Test
    void enumValuesBitBoundsAndBitmasks() throws IOException {
        Specification s = analyze("""
                @bit_bound(16) enum E { A, @value(7) B, C, @default_literal D };
                @bit_bound(41) bitmask M { X, @position(39) Y, Z };
                """);
        EnumType e = find(s, "E", EnumType.class);
        assertEquals(List.of(0, 7, 8, 9), e.literals().stream().map(EnumType.Literal::value).toList());
        assertEquals(2, e.width());
        assertEquals("D", e.defaultLiteral().name());
        BitmaskType m = find(s, "M", BitmaskType.class);
        assertEquals(8, m.width());
        assertEquals(List.of(0, 39, 40), m.flags().stream().map(BitmaskType.Flag::position).toList());
    }

    @Test
    void forwardDeclarationsAllowRecursionThroughSequences() throws IOException {
        Specification s = analyze("""
                struct Node;
                typedef sequence<Node> Children;
                struct Node { long value; Children children; };
                """);
        StructType node = find(s, "Node", StructType.class);
        assertTrue(node.isDefined());
        assertEquals(node, ((SequenceType) node.allFields().get(1).type()).element());
    }

    @Test
    void defaultsAndOptionals() throws IOException {
        Specification s = analyze("struct S { @default(5) long a; @optional string b; @default(\"x\") string c; };");
        List<Field> f = find(s, "S", StructType.class).allFields();
        assertEquals(new ConstValue.Int(BigInteger.valueOf(5)), f.get(0).defaultValue());
        assertTrue(f.get(1).optional());
        assertEquals(new ConstValue.Str("x"), f.get(2).defaultValue());
    }
}
