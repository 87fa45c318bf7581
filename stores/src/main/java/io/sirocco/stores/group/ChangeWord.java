package io.sirocco.stores.group;

/**
 * How one membership change is written as an 8-byte word in {@code changes[]}. A removal after a
 * failure is {@code rank + 1} (the original format), a graceful leave {@code LEAVE + rank + 1}, a
 * join the joiner's locator hash with the sign bit set. Every kind is nonzero, since zero means
 * "no entry" in a fresh row. A join names its member by hash because a locator does not fit a word;
 * each member maps the hash back through the locators it was told of ({@link JoinRequests}).
 */
final class ChangeWord {

    private static final long LEAVE = 1L << 32;

    private ChangeWord() {
    }

    static long remove(int rank) {
        return rank + 1L;
    }

    static long leave(int rank) {
        return LEAVE + rank + 1L;
    }

    static long join(long hash) {
        return Long.MIN_VALUE | hash;
    }

    static boolean isJoin(long word) {
        return word < 0;
    }

    static boolean isLeave(long word) {
        return word > LEAVE;
    }

    /** The rank a removal or leave names. */
    static int rank(long word) {
        return (int) ((isLeave(word) ? word - LEAVE : word) - 1);
    }

    /** The locator hash a join names. */
    static long hash(long word) {
        return word & Long.MAX_VALUE;
    }

    /** A nonzero 63-bit FNV-1a hash of a locator: the same in every member's JVM. */
    static long hashOf(String locator) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < locator.length(); i++) {
            h = (h ^ locator.charAt(i)) * 0x100000001b3L;
        }
        h &= Long.MAX_VALUE;
        return h == 0 ? 1 : h;
    }
}
