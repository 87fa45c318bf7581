package io.sirocco.rtps.fabric;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import java.nio.charset.StandardCharsets;

/**
 * The frames of a link (header fields little-endian; row bytes verbatim, in the sender's native
 * order, which the hello makes both sides agree on):
 * <pre>
 * PUSH      1 | offset i32 | length i32 | length bytes of the sender's row
 * HEARTBEAT 2
 * HELLO     3 | body length i32 | body ({@link Hello})
 * ACCEPT    4
 * REJECT    5 | reason length i32 | reason UTF-8
 * </pre>
 * One connection carries one pair of members of one view, so frames need no group or rank.
 */
final class Frames {
    static final int PUSH = 1;
    static final int HEARTBEAT = 2;
    static final int HELLO = 3;
    static final int ACCEPT = 4;
    static final int REJECT = 5;
    static final int PUSH_HEADER = 9;
    /** A hello or reject longer than this is garbage (a stray client), not a member. */
    static final int MAX_CONTROL = 1 << 20;

    private Frames() {
    }

    static ByteBuf single(ByteBufAllocator alloc, int type) {
        return alloc.buffer(1).writeByte(type);
    }

    static ByteBuf reject(ByteBufAllocator alloc, String reason) {
        byte[] text = reason.getBytes(StandardCharsets.UTF_8);
        return alloc.buffer(5 + text.length).writeByte(REJECT).writeIntLE(text.length).writeBytes(text);
    }
}
