package io.sirocco.dcps.type;

import io.sirocco.dcps.type.cdr.CdrOutput;
import io.sirocco.dcps.type.cdr.XcdrVersion;
import java.nio.ByteOrder;
import java.security.DigestException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;

/**
 * Per-thread scratch space for computing RTPS key hashes (XTypes 1.3 7.6.8) without allocating: a
 * reusable XCDR2 big-endian output for the key holder, and a reusable MD5 digest.
 */
public final class KeyHashes {
    /** Size of a key hash. */
    public static final int SIZE = 16;

    private static final ThreadLocal<Scratch> SCRATCH = ThreadLocal.withInitial(Scratch::new);

    private KeyHashes() {
    }

    private static final class Scratch {
        final CdrOutput out = new CdrOutput(64);
        final MessageDigest md5;

        Scratch() {
            try {
                md5 = MessageDigest.getInstance("MD5");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("the JDK always has MD5", e);
            }
        }
    }

    /** This thread's key-holder output, reset to XCDR2 big-endian at offset 0. */
    public static CdrOutput output() {
        return SCRATCH.get().out.reset(XcdrVersion.XCDR2, ByteOrder.BIG_ENDIAN);
    }

    /**
     * Turns the key holder in {@code holder} into the key hash in {@code target[0..16)}: the bytes
     * zero-padded when the key's maximum size is at most 16 ({@code md5 == false}), else their MD5.
     */
    public static void finish(CdrOutput holder, boolean md5, byte[] target) {
        if (target.length < SIZE) {
            throw new IllegalArgumentException("a key hash needs 16 bytes, target has " + target.length);
        }
        int n = holder.size();
        if (!md5) {
            if (n > SIZE) {
                throw new IllegalStateException("key holder of " + n + " bytes for a key of at most 16");
            }
            System.arraycopy(holder.buffer(), holder.start(), target, 0, n);
            Arrays.fill(target, n, SIZE, (byte) 0);
            return;
        }
        md5(holder.buffer(), holder.start(), n, target);
    }

    /** MD5 of {@code source[offset, offset + length)} into {@code target[0..16)}. */
    public static void md5(byte[] source, int offset, int length, byte[] target) {
        MessageDigest md = SCRATCH.get().md5;
        md.update(source, offset, length);
        try {
            md.digest(target, 0, SIZE);
        } catch (DigestException e) {
            throw new IllegalStateException(e);
        }
    }
}
