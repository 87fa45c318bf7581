package io.sirocco.dcps.type.pojo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.omg.dds.type.Extensibility;
import org.omg.dds.type.ID;
import org.omg.dds.type.Key;
import org.omg.dds.type.SerializeAs;
import org.omg.dds.type.TypeKind;

/**
 * Key hashes (XTypes 1.3 7.6.8): key members in member-id order, XCDR2 big-endian, no member headers;
 * zero-padded when the key's maximum size is at most 16 bytes, MD5 otherwise.
 */
class KeyHashTest {

    public static class IntShort {
        @Key
        public int id = 0x01020304;
        public String other = "not part of the key";
        @Key
        public short s = 0x0506;
    }

    public static class ShortLong {
        @Key
        public short a = 1;
        @Key
        public long b = 2;
    }

    public static class Sixteen {
        @Key
        public long a = 1;
        @Key
        public long b = 2;
    }

    public static class Seventeen {
        @Key
        public long a = 1;
        @Key
        public long b = 2;
        @Key
        public byte c = 3;
    }

    public static class StringKey {
        @Key
        public String name = "hi";
    }

    public static class BoundedStringKey {
        @Key
        @SerializeAs(value = TypeKind.STRING_TYPE, bound = 8)
        public String name = "ab";
    }

    /** Declaration order b, a; member ids a=1 < b=2: the key hash follows the ids. */
    @Extensibility(Extensibility.Kind.MUTABLE_EXTENSIBILITY)
    public static class Reordered {
        @Key
        @ID(2)
        public int b = 2;
        @Key
        @ID(1)
        public int a = 1;
    }

    public static class Coordinates {
        public int x = 7;
        public int y = 8;
    }

    @Extensibility(Extensibility.Kind.MUTABLE_EXTENSIBILITY)
    public static class KeyedInner {
        @Key
        public int inner = 9;
        public String ignored = "x";
    }

    /** Nested key structs are flattened without DHEADER/EMHEADER. */
    @Extensibility(Extensibility.Kind.EXTENSIBLE_EXTENSIBILITY)
    public static class NestedKeys {
        @Key
        public Coordinates at = new Coordinates();
        @Key
        public KeyedInner k = new KeyedInner();
    }

    public static class Keyless {
        public int x = 1;
    }

    private static String keyHash(Object sample) {
        @SuppressWarnings("unchecked")
        PojoCodec<Object> codec = (PojoCodec<Object>) PojoCodec.of(sample.getClass());
        byte[] hash = new byte[16];
        codec.keyHash(sample, hash);
        return HexFormat.of().formatHex(hash);
    }

    private static String md5(String hex) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(HexFormat.of().parseHex(hex)));
    }

    @Test
    void shortKeyIsPaddedWithZeros() {
        assertEquals("01020304" + "0506" + "0000" + "00000000" + "00000000", keyHash(new IntShort()));
        assertFalse(PojoCodec.of(IntShort.class).keyHashIsDigest());
    }

    @Test
    void keyHashAlignsLikeXcdr2() {
        // a: 2 bytes, pad 2 (align 4), b: 8 bytes aligned to 4 = 12 bytes
        assertEquals("0001" + "0000" + "0000000000000002" + "00000000", keyHash(new ShortLong()));
    }

    @Test
    void exactlySixteenBytesIsNotHashed() throws Exception {
        assertEquals("0000000000000001" + "0000000000000002", keyHash(new Sixteen()));
        assertEquals(md5("0000000000000001" + "0000000000000002" + "03"), keyHash(new Seventeen()));
        assertTrue(PojoCodec.of(Seventeen.class).keyHashIsDigest());
    }

    @Test
    void unboundedStringKeyIsMd5OfItsSerialization() throws Exception {
        assertEquals(md5("00000003" + "686900"), keyHash(new StringKey()));
    }

    @Test
    void boundedStringKeyWithinSixteenBytesIsPadded() {
        // maximum: 4 (length) + 8 + 1 (NUL) = 13 bytes
        assertEquals("00000003" + "616200" + "000000000000000000", keyHash(new BoundedStringKey()));
    }

    @Test
    void keyMembersFollowMemberIdOrder() {
        assertEquals("00000001" + "00000002" + "0000000000000000", keyHash(new Reordered()));
    }

    @Test
    void nestedKeysAreFlattenedWithoutHeaders() {
        // Coordinates has no key: all members (x, y); KeyedInner contributes only its key 'inner'
        assertEquals("00000007" + "00000008" + "00000009" + "00000000", keyHash(new NestedKeys()));
    }

    @Test
    void keylessTypesHashToZeros() {
        assertEquals("00".repeat(16), keyHash(new Keyless()));
        assertFalse(PojoCodec.of(Keyless.class).isKeyed());
    }

    @Test
    void keyEqualsAndHashCodeLookOnlyAtKeys() {
        PojoCodec<IntShort> codec = PojoCodec.of(IntShort.class);
        IntShort a = new IntShort();
        IntShort b = new IntShort();
        b.other = "different";
        assertTrue(codec.keyEquals(a, b));
        assertEquals(codec.keyHashCode(a), codec.keyHashCode(b));
        b.s = 1;
        assertFalse(codec.keyEquals(a, b));

        PojoCodec<NestedKeys> nested = PojoCodec.of(NestedKeys.class);
        NestedKeys n1 = new NestedKeys();
        NestedKeys n2 = new NestedKeys();
        n2.k.ignored = "not a key";
        assertTrue(nested.keyEquals(n1, n2));
        n2.at.y = 0;
        assertFalse(nested.keyEquals(n1, n2));
    }

    @Test
    void copyKeyCopiesOnlyKeys() {
        PojoCodec<NestedKeys> codec = PojoCodec.of(NestedKeys.class);
        NestedKeys source = new NestedKeys();
        source.at.x = 100;
        source.k.inner = 200;
        source.k.ignored = "source";
        NestedKeys target = codec.newSample();
        codec.copyKey(source, target);
        assertEquals(100, target.at.x);
        assertEquals(200, target.k.inner);
        assertEquals("x", target.k.ignored);
        byte[] h1 = new byte[16];
        byte[] h2 = new byte[16];
        codec.keyHash(source, h1);
        codec.keyHash(target, h2);
        assertArrayEquals(h1, h2);
    }
}
