package io.sirocco.rtps.fabric;

import io.netty.buffer.ByteBuf;
import io.sirocco.stores.fabric.GroupLayout;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The first frame on a connection: who connects (the lower rank), to whom, for which view and
 * layout. The accepting side finds its member by group, view and {@code toRank}, then checks the
 * rest against its own layout, so members that disagree fail with a message saying how.
 */
record Hello(int version, boolean littleEndian, String group, long viewId, int fromRank, int toRank, int rowBytes,
        List<String> memberLocators) {

    static final int VERSION = 1;

    static Hello of(GroupLayout layout, int toRank) {
        return new Hello(VERSION, RowCopy.littleEndian(), layout.group(), layout.viewId(), layout.myRank(), toRank,
                layout.rowBytes(), layout.memberLocators());
    }

    /** Writes the whole frame, type and length included. */
    void write(ByteBuf out) {
        out.writeByte(Frames.HELLO);
        int lengthAt = out.writerIndex();
        out.writeIntLE(0);
        out.writeIntLE(version).writeByte(littleEndian ? 1 : 0).writeLongLE(viewId).writeIntLE(fromRank)
                .writeIntLE(toRank).writeIntLE(rowBytes);
        string(out, group);
        out.writeIntLE(memberLocators.size());
        for (String locator : memberLocators) {
            string(out, locator);
        }
        out.setIntLE(lengthAt, out.writerIndex() - lengthAt - 4);
    }

    /** Reads a body of {@code length} bytes; throws {@link IllegalArgumentException} when malformed. */
    static Hello read(ByteBuf in, int length) {
        int end = in.readerIndex() + length;
        try {
            int version = in.readIntLE();
            boolean little = in.readByte() != 0;
            long viewId = in.readLongLE();
            int from = in.readIntLE();
            int to = in.readIntLE();
            int rowBytes = in.readIntLE();
            String group = string(in, end);
            int count = in.readIntLE();
            if (count < 1 || count > length) {
                throw new IllegalArgumentException("bad member count " + count);
            }
            List<String> locators = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                locators.add(string(in, end));
            }
            if (in.readerIndex() != end) {
                throw new IllegalArgumentException("trailing bytes");
            }
            return new Hello(version, little, group, viewId, from, to, rowBytes, List.copyOf(locators));
        } catch (IndexOutOfBoundsException e) {
            throw new IllegalArgumentException("truncated hello");
        }
    }

    /** Why a member with {@code layout} must not accept this hello, or {@code null} when it may. */
    String mismatch(GroupLayout layout) {
        if (version != VERSION) {
            return "protocol version " + version + " there, " + VERSION + " here";
        }
        if (littleEndian != RowCopy.littleEndian()) {
            return "byte order differs (rows are copied verbatim)";
        }
        if (fromRank < 0 || fromRank >= toRank) {
            return "rank " + fromRank + " may not connect to rank " + toRank + " (lower ranks connect to higher)";
        }
        if (memberLocators.size() != layout.members()) {
            return memberLocators.size() + " members there, " + layout.members() + " here";
        }
        if (rowBytes != layout.rowBytes()) {
            return "rowBytes " + rowBytes + " there, " + layout.rowBytes() + " here";
        }
        for (int r = 0; r < memberLocators.size(); r++) {
            if (!memberLocators.get(r).equals(layout.memberLocators().get(r))) {
                return "member " + r + " is " + memberLocators.get(r) + " there, " + layout.memberLocators().get(r)
                        + " here";
            }
        }
        return null;
    }

    private static void string(ByteBuf out, String value) {
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        out.writeIntLE(bytes.length).writeBytes(bytes);
    }

    private static String string(ByteBuf in, int end) {
        int n = in.readIntLE();
        if (n < 0 || n > end - in.readerIndex()) {
            throw new IllegalArgumentException("bad string length " + n);
        }
        String value = in.toString(in.readerIndex(), n, StandardCharsets.UTF_8);
        in.skipBytes(n);
        return value;
    }
}
