package io.sirocco.dcps.type.cdr;

/**
 * UTF-8 straight between {@code String} and byte arrays, without the intermediate arrays that
 * {@code String.getBytes} allocates. Unpaired surrogates encode as {@code '?'}, as the JDK does.
 */
final class Utf8 {
    private Utf8() {
    }

    /** Worst-case encoded size of {@code chars} UTF-16 units: 3 bytes each (a pair takes 4 for 2 units). */
    static long maxEncodedLength(int chars) {
        return 3L * chars;
    }

    /**
     * Encodes {@code s[from..]} at {@code target[pos..]}, which must have room for
     * {@link #maxEncodedLength} bytes, and returns the position after the last byte.
     */
    static int encode(String s, int from, byte[] target, int pos) {
        int n = s.length();
        for (int i = from; i < n; i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                target[pos++] = (byte) c;
            } else if (c < 0x800) {
                target[pos++] = (byte) (0xC0 | (c >>> 6));
                target[pos++] = (byte) (0x80 | (c & 0x3F));
            } else if (Character.isSurrogate(c)) {
                char low;
                if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(low = s.charAt(i + 1))) {
                    int cp = Character.toCodePoint(c, low);
                    target[pos++] = (byte) (0xF0 | (cp >>> 18));
                    target[pos++] = (byte) (0x80 | ((cp >>> 12) & 0x3F));
                    target[pos++] = (byte) (0x80 | ((cp >>> 6) & 0x3F));
                    target[pos++] = (byte) (0x80 | (cp & 0x3F));
                    i++;
                } else {
                    target[pos++] = (byte) '?';
                }
            } else {
                target[pos++] = (byte) (0xE0 | (c >>> 12));
                target[pos++] = (byte) (0x80 | ((c >>> 6) & 0x3F));
                target[pos++] = (byte) (0x80 | (c & 0x3F));
            }
        }
        return pos;
    }

    /**
     * Whether decoding {@code source[offset..offset+length)} would give {@code s}, checked by encoding
     * {@code s} on the fly; lets a decoder keep a string it already holds instead of allocating an
     * equal one.
     */
    static boolean sameBytes(String s, byte[] source, int offset, int length) {
        int n = s.length();
        if (n > length) {
            return false; // every char takes at least one byte
        }
        int p = offset;
        int end = offset + length;
        int i = 0;
        // ASCII prefix: one comparison per char
        for (; i < n; i++) {
            char c = s.charAt(i);
            if (c >= 0x80) {
                break;
            }
            if (p >= end || source[p] != (byte) c) {
                return false;
            }
            p++;
        }
        if (i == n) {
            return p == end;
        }
        for (; i < n; i++) {
            char c = s.charAt(i);
            int cp;
            if (c < 0x80) {
                if (p >= end || source[p++] != (byte) c) {
                    return false;
                }
                continue;
            }
            if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                cp = Character.toCodePoint(c, s.charAt(++i));
            } else if (Character.isSurrogate(c)) {
                return false; // decoding never yields an unpaired surrogate
            } else {
                cp = c;
            }
            int len = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
            if (end - p < len) {
                return false;
            }
            switch (len) {
                case 1 -> {
                    if (source[p] != (byte) cp) {
                        return false;
                    }
                }
                case 2 -> {
                    if (source[p] != (byte) (0xC0 | (cp >>> 6)) || source[p + 1] != (byte) (0x80 | (cp & 0x3F))) {
                        return false;
                    }
                }
                case 3 -> {
                    if (source[p] != (byte) (0xE0 | (cp >>> 12))
                            || source[p + 1] != (byte) (0x80 | ((cp >>> 6) & 0x3F))
                            || source[p + 2] != (byte) (0x80 | (cp & 0x3F))) {
                        return false;
                    }
                }
                default -> {
                    if (source[p] != (byte) (0xF0 | (cp >>> 18))
                            || source[p + 1] != (byte) (0x80 | ((cp >>> 12) & 0x3F))
                            || source[p + 2] != (byte) (0x80 | ((cp >>> 6) & 0x3F))
                            || source[p + 3] != (byte) (0x80 | (cp & 0x3F))) {
                        return false;
                    }
                }
            }
            p += len;
        }
        return p == end;
    }
}
