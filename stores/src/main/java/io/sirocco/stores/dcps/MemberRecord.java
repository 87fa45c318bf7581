package io.sirocco.stores.dcps;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * What one JVM's member of a group topic announces on the membership topic (key
 * {@code M|group|locator}): whether it is waiting to join or a member, the view it has installed,
 * the settings every member must share, and its endpoints (so that other members can match them).
 *
 * @param group the group's name ({@link GroupKey#name()})
 * @param locator this member's fabric locator
 * @param member false while waiting to found or join the group
 * @param candidacy how many times this member has started waiting to join (a member that a view
 *     change removed is asked into the group again only after it starts a new candidacy)
 * @param region the fabric region name of the group incarnation it is in ("" while waiting)
 * @param viewId the installed view (0 while waiting)
 * @param view the installed view's member locators, in rank order
 * @param window SMC slots per sender (the founder's choice; joiners adopt it)
 * @param maxPayload bytes per slot
 * @param storeDepth samples kept per instance by the group's store, 0 for NoStore
 * @param writers GUIDs of its writers, as {high, low} pairs
 * @param readers GUIDs of its readers
 */
record MemberRecord(String group, String locator, boolean member, long candidacy, String region, long viewId, List<String> view,
        int window, int maxPayload, int storeDepth, List<long[]> writers, List<long[]> readers) {

    private static final int VERSION = 2;

    MemberRecord {
        view = List.copyOf(view);
        writers = List.copyOf(writers);
        readers = List.copyOf(readers);
    }

    /** The key on the membership topic. */
    String key() {
        return keyOf(group, locator);
    }

    static String keyOf(String group, String locator) {
        return "M|" + group + "|" + locator;
    }

    /** The key of the snapshot a group incarnation's view hands its joiner. */
    static String snapshotKey(String region, long viewId) {
        return "S|" + region + "|" + viewId;
    }

    byte[] encode() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(256);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeByte(VERSION);
            out.writeUTF(group);
            out.writeUTF(locator);
            out.writeBoolean(member);
            out.writeLong(candidacy);
            out.writeUTF(region);
            out.writeLong(viewId);
            out.writeInt(view.size());
            for (String l : view) {
                out.writeUTF(l);
            }
            out.writeInt(window);
            out.writeInt(maxPayload);
            out.writeInt(storeDepth);
            writeGuids(out, writers);
            writeGuids(out, readers);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /**
     * Decodes a record; {@code null} when the bytes are not one (another version, or damaged): the
     * caller ignores such a record rather than failing.
     */
    static MemberRecord decode(byte[] value) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(value))) {
            if (in.readByte() != VERSION) {
                return null;
            }
            String group = in.readUTF();
            String locator = in.readUTF();
            boolean member = in.readBoolean();
            long candidacy = in.readLong();
            String region = in.readUTF();
            long viewId = in.readLong();
            int n = checkedCount(in.readInt());
            List<String> view = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                view.add(in.readUTF());
            }
            int window = in.readInt();
            int maxPayload = in.readInt();
            int storeDepth = in.readInt();
            return new MemberRecord(group, locator, member, candidacy, region, viewId, view, window, maxPayload, storeDepth,
                    readGuids(in), readGuids(in));
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static void writeGuids(DataOutputStream out, List<long[]> guids) throws IOException {
        out.writeInt(guids.size());
        for (long[] g : guids) {
            out.writeLong(g[0]);
            out.writeLong(g[1]);
        }
    }

    private static List<long[]> readGuids(DataInputStream in) throws IOException {
        int n = checkedCount(in.readInt());
        List<long[]> guids = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            guids.add(new long[] {in.readLong(), in.readLong()});
        }
        return guids;
    }

    private static int checkedCount(int n) throws IOException {
        if (n < 0 || n > 100_000) {
            throw new IOException("count " + n);
        }
        return n;
    }
}
