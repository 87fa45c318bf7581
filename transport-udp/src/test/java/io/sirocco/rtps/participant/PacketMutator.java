package io.sirocco.rtps.participant;

import io.sirocco.rtps.wire.ParameterIds;
import io.sirocco.rtps.wire.Rtps;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Seeded mutations of valid RTPS datagrams: blind ones (bit flips, bytes set to 0, 0xff or random,
 * truncation, extension, bytes inserted or removed) and ones that know the framing (submessage
 * ids, flags and lengths; sequence numbers, counts, fragment numbers and sizes, entity ids and
 * bitmaps set to extreme values; submessages dropped, duplicated, swapped or spliced in from
 * another datagram; parameters of discovery data and inline QoS retyped, resized, dropped or
 * duplicated). Several are stacked per datagram.
 *
 * <p>The first octet of every locator address in the seeds is guarded: it moves with its bytes but
 * is never changed, so that mutated locators still point at loopback (127/8) or at a multicast
 * group. The participant under test answers discovery, and must not send to hosts of a real network.
 */
final class PacketMutator {
    /** The largest UDP payload over IPv4. */
    static final int MAX_DATAGRAM = 65_507;
    private static final int[] IDS = {Rtps.PAD, Rtps.ACKNACK, Rtps.HEARTBEAT, Rtps.GAP, Rtps.INFO_TS, Rtps.INFO_SRC,
        Rtps.INFO_REPLY_IP4, Rtps.INFO_DST, Rtps.INFO_REPLY, Rtps.NACK_FRAG, Rtps.HEARTBEAT_FRAG, Rtps.DATA,
        Rtps.DATA_FRAG, 0x00, 0x80, 0xff};
    private static final int[] PIDS = {ParameterIds.PAD, ParameterIds.SENTINEL, ParameterIds.USER_DATA,
        ParameterIds.TOPIC_NAME, ParameterIds.TYPE_NAME, ParameterIds.GROUP_DATA, ParameterIds.TOPIC_DATA,
        ParameterIds.DURABILITY, ParameterIds.DURABILITY_SERVICE, ParameterIds.DEADLINE,
        ParameterIds.LATENCY_BUDGET, ParameterIds.LIVELINESS, ParameterIds.RELIABILITY, ParameterIds.LIFESPAN,
        ParameterIds.DESTINATION_ORDER, ParameterIds.HISTORY, ParameterIds.RESOURCE_LIMITS, ParameterIds.OWNERSHIP,
        ParameterIds.OWNERSHIP_STRENGTH, ParameterIds.PRESENTATION, ParameterIds.PARTITION,
        ParameterIds.TIME_BASED_FILTER, ParameterIds.TRANSPORT_PRIORITY, ParameterIds.DOMAIN_ID,
        ParameterIds.PROTOCOL_VERSION, ParameterIds.VENDOR_ID, ParameterIds.UNICAST_LOCATOR,
        ParameterIds.MULTICAST_LOCATOR, ParameterIds.DEFAULT_UNICAST_LOCATOR,
        ParameterIds.METATRAFFIC_UNICAST_LOCATOR, ParameterIds.METATRAFFIC_MULTICAST_LOCATOR,
        ParameterIds.DEFAULT_MULTICAST_LOCATOR, ParameterIds.PARTICIPANT_LEASE_DURATION,
        ParameterIds.PARTICIPANT_GUID, ParameterIds.BUILTIN_ENDPOINT_SET, ParameterIds.ENTITY_NAME,
        ParameterIds.ENDPOINT_GUID, ParameterIds.KEY_HASH, ParameterIds.STATUS_INFO,
        ParameterIds.DATA_REPRESENTATION, ParameterIds.COHERENT_SET, ParameterIds.VENDOR_SPECIFIC | 1,
        ParameterIds.VENDOR_SPECIFIC | 2, ParameterIds.MUST_UNDERSTAND | 0x0070, ParameterIds.MUST_UNDERSTAND | 0x0123};
    private static final int[] SHORTS = {0, 1, 2, 3, 4, 7, 8, 0x7f, 0x80, 0xff, 0x100, 0x7fff, 0x8000, 0xfffc,
        0xfffe, 0xffff};
    private static final int[] INTS = {0, 1, 2, 3, 4, -1, -2, 255, 256, 1024, 1344, 4096, 0xffff, 0x10000,
        1 << 24, 64 << 20, (64 << 20) + 1, Integer.MAX_VALUE, Integer.MAX_VALUE - 1, Integer.MIN_VALUE, 257};
    private static final long[] LONGS = {0, 1, 2, -1, Long.MAX_VALUE, Long.MIN_VALUE, 1L << 31, (1L << 32) - 1,
        1L << 32, (1L << 32) + 1, 1L << 62, 0x7fffffffL, 300, 5000, 1_000_000};
    /** Field kinds of the framing table: a 16-bit, 32-bit or sequence number field, or an entity id. */
    private static final int SHORT = 2;
    private static final int INT = 4;
    private static final int SEQUENCE = 8;
    private static final int ENTITY = 5;

    private final List<PhantomPeer.Datagram> seeds;
    private final boolean[][] seedGuards;
    private final int[] entityIds;
    private final int[][] seedStarts;
    private final byte[] data = new byte[MAX_DATAGRAM];
    private final boolean[] guard = new boolean[MAX_DATAGRAM];
    private int length;
    private final int[] starts = new int[256];
    private final int[] ends = new int[256];
    private int count;

    /** @param entityIds entity ids worth confusing submessages with (local and remote endpoints) */
    PacketMutator(List<PhantomPeer.Datagram> seeds, int... entityIds) {
        this.seeds = List.copyOf(seeds);
        this.seedGuards = new boolean[seeds.size()][];
        this.seedStarts = new int[seeds.size()][];
        for (int i = 0; i < seeds.size(); i++) {
            byte[] bytes = seeds.get(i).bytes();
            seedGuards[i] = guardLocators(bytes);
            System.arraycopy(bytes, 0, data, 0, bytes.length);
            length = bytes.length;
            scan();
            seedStarts[i] = java.util.Arrays.copyOf(starts, count + 1);
            seedStarts[i][count] = length;
        }
        this.entityIds = entityIds;
    }

    /** Marks the first octet of each UDPv4 locator (kind 1, port, 12 zero bytes, address) in the datagram. */
    static boolean[] guardLocators(byte[] bytes) {
        boolean[] guarded = new boolean[bytes.length];
        for (int at = 0; at + 24 <= bytes.length; at++) {
            if (bytes[at] == 1 && bytes[at + 1] == 0 && bytes[at + 2] == 0 && bytes[at + 3] == 0 && zeros(bytes, at + 8, 12)
                    && bytes[at + 20] != 0) {
                guarded[at + 20] = true;
            }
        }
        return guarded;
    }

    private static boolean zeros(byte[] bytes, int from, int n) {
        for (int i = from; i < from + n; i++) {
            if (bytes[i] != 0) {
                return false;
            }
        }
        return true;
    }

    byte[] buffer() {
        return data;
    }

    int length() {
        return length;
    }

    /** Mutates a seed the generator picks; returns the seed. The datagram is {@code buffer()[0, length())}. */
    PhantomPeer.Datagram mutate(SplittableRandom random) {
        int seed = random.nextInt(seeds.size());
        byte[] source = seeds.get(seed).bytes();
        System.arraycopy(source, 0, data, 0, source.length);
        System.arraycopy(seedGuards[seed], 0, guard, 0, source.length);
        length = source.length;
        int mutations = 1 + random.nextInt(3) + (random.nextInt(8) == 0 ? random.nextInt(8) : 0);
        for (int i = 0; i < mutations && length > 0; i++) {
            mutateOnce(random);
        }
        return seeds.get(seed);
    }

    private void mutateOnce(SplittableRandom r) {
        scan();
        switch (r.nextInt(20)) {
            case 0, 1 -> flipBits(r);
            case 2, 3 -> setByte(r);
            case 4 -> setAligned(r);
            case 5, 6, 7 -> setField(r);
            case 8 -> submessageLength(r);
            case 9 -> submessageFlags(r);
            case 10 -> submessageId(r);
            case 11 -> replace(r.nextInt(length + 1), length, EMPTY_BYTES, EMPTY_GUARD, 0, 0); // truncate
            case 12 -> extend(r);
            case 13 -> submessageEdit(r);
            case 14 -> splice(r);
            case 15, 16, 17 -> parameterEdit(r);
            case 18 -> insertOrDelete(r);
            default -> setField(r);
        }
    }

    // ------------------------------------------------------------------ blind mutations

    private void flipBits(SplittableRandom r) {
        for (int n = 1 + r.nextInt(4); n > 0; n--) {
            int at = r.nextInt(length);
            if (!guard[at]) {
                data[at] ^= (byte) (1 << r.nextInt(8));
            }
        }
    }

    private void setByte(SplittableRandom r) {
        int at = r.nextInt(length);
        if (!guard[at]) {
            data[at] = (byte) switch (r.nextInt(5)) {
                case 0 -> 0;
                case 1 -> 0xff;
                case 2 -> data[at] + 1;
                case 3 -> data[at] - 1;
                default -> r.nextInt(256);
            };
        }
    }

    /** A 16- or 32-bit extreme value at an aligned offset, in either byte order. */
    private void setAligned(SplittableRandom r) {
        boolean wide = r.nextBoolean();
        int size = wide ? 4 : 2;
        if (length < size) {
            return;
        }
        int at = r.nextInt(length - size + 1) & ~(size - 1);
        write(at, size, wide ? INTS[r.nextInt(INTS.length)] : SHORTS[r.nextInt(SHORTS.length)], r.nextBoolean());
    }

    private void extend(SplittableRandom r) {
        int n = 1 + r.nextInt(r.nextBoolean() ? 8 : 256);
        n = Math.min(n, MAX_DATAGRAM - length);
        byte[] extra = new byte[n];
        if (r.nextBoolean()) {
            r.nextBytes(extra);
        }
        replace(length, length, extra, new boolean[n], 0, n);
    }

    private void insertOrDelete(SplittableRandom r) {
        int at = r.nextInt(length + 1);
        int n = 1 + r.nextInt(8);
        if (r.nextBoolean()) {
            replace(at, Math.min(length, at + n), EMPTY_BYTES, EMPTY_GUARD, 0, 0);
        } else if (length + n <= MAX_DATAGRAM) {
            byte[] extra = new byte[n];
            r.nextBytes(extra);
            replace(at, at, extra, new boolean[n], 0, n);
        }
    }

    // ------------------------------------------------------------------ framing-aware mutations

    /** Finds the submessages as the parser would ({@link #starts} at their headers, {@link #ends} after them). */
    private void scan() {
        count = 0;
        int at = Rtps.HEADER_SIZE;
        while (at + Rtps.SUBMESSAGE_HEADER_SIZE <= length && count < starts.length) {
            int id = data[at] & 0xff;
            int declared = u16(at + 2, little(at));
            int end = declared == 0 && id != Rtps.PAD && id != Rtps.INFO_TS ? length
                    : Math.min(length, at + Rtps.SUBMESSAGE_HEADER_SIZE + declared);
            starts[count] = at;
            ends[count++] = end;
            at = end;
        }
    }

    private boolean little(int submessage) {
        return (data[submessage + 1] & Rtps.FLAG_E) != 0;
    }

    private void submessageLength(SplittableRandom r) {
        if (count > 0) {
            int s = starts[r.nextInt(count)];
            int body = u16(s + 2, little(s));
            int value = switch (r.nextInt(4)) {
                case 0 -> SHORTS[r.nextInt(SHORTS.length)];
                case 1 -> body + (r.nextInt(17) - 8);
                case 2 -> (body + (r.nextInt(9) - 4) * 4);
                default -> r.nextInt(length);
            };
            write(s + 2, 2, value, little(s));
        }
    }

    private void submessageFlags(SplittableRandom r) {
        if (count > 0) {
            int s = starts[r.nextInt(count)];
            data[s + 1] = (byte) (r.nextBoolean() ? r.nextInt(256) : data[s + 1] ^ (1 << r.nextInt(5)));
        }
    }

    private void submessageId(SplittableRandom r) {
        if (count > 0) {
            data[starts[r.nextInt(count)]] = (byte) IDS[r.nextInt(IDS.length)];
        }
    }

    /** Drops, duplicates or swaps whole submessages. */
    private void submessageEdit(SplittableRandom r) {
        if (count == 0) {
            return;
        }
        int i = r.nextInt(count);
        int s = starts[i];
        int e = ends[i];
        switch (r.nextInt(3)) {
            case 0 -> replace(s, e, EMPTY_BYTES, EMPTY_GUARD, 0, 0);
            case 1 -> {
                if (length + (e - s) <= MAX_DATAGRAM) {
                    byte[] copy = java.util.Arrays.copyOfRange(data, s, e);
                    boolean[] copyGuard = java.util.Arrays.copyOfRange(guard, s, e);
                    replace(e, e, copy, copyGuard, 0, copy.length);
                }
            }
            default -> {
                int j = r.nextInt(count);
                if (j != i) {
                    int first = Math.min(i, j);
                    int second = Math.max(i, j);
                    byte[] a = java.util.Arrays.copyOfRange(data, starts[first], ends[first]);
                    boolean[] ag = java.util.Arrays.copyOfRange(guard, starts[first], ends[first]);
                    byte[] b = java.util.Arrays.copyOfRange(data, starts[second], ends[second]);
                    boolean[] bg = java.util.Arrays.copyOfRange(guard, starts[second], ends[second]);
                    replace(starts[second], ends[second], a, ag, 0, a.length);
                    replace(starts[first], ends[first], b, bg, 0, b.length);
                }
            }
        }
    }

    /** Inserts a run of submessages of another seed at a submessage boundary. */
    private void splice(SplittableRandom r) {
        int other = r.nextInt(seeds.size());
        int[] bounds = seedStarts[other];
        if (bounds.length < 2) {
            return;
        }
        int first = r.nextInt(bounds.length - 1);
        int last = first + 1 + r.nextInt(bounds.length - 1 - first);
        int n = Math.min(bounds[last] - bounds[first], MAX_DATAGRAM - length);
        int at = count == 0 ? length : (r.nextBoolean() ? ends[r.nextInt(count)] : starts[r.nextInt(count)]);
        replace(at, at, seeds.get(other).bytes(), seedGuards[other], bounds[first], n);
    }

    /** Sets a sequence number, count, fragment field, entity id, ... of a random submessage. */
    private void setField(SplittableRandom r) {
        if (count == 0) {
            return;
        }
        int i = r.nextInt(count);
        int s = starts[i];
        int[] fields = fields(data[s] & 0xff);
        if (fields.length == 0) {
            setAligned(r);
            return;
        }
        int f = r.nextInt(fields.length / 2) * 2;
        int at = s + Rtps.SUBMESSAGE_HEADER_SIZE + fields[f];
        int kind = fields[f + 1];
        int size = kind == ENTITY ? 4 : kind;
        if (at + size > ends[i]) {
            return;
        }
        boolean little = little(s);
        switch (kind) {
            case SHORT -> write(at, 2, SHORTS[r.nextInt(SHORTS.length)], little);
            case INT -> write(at, 4, r.nextBoolean() ? INTS[r.nextInt(INTS.length)] : r.nextInt(64), little);
            case ENTITY -> write(at, 4, r.nextInt(4) == 0 ? r.nextInt() : entityIds[r.nextInt(entityIds.length)], false);
            default -> {
                long value = r.nextBoolean() ? LONGS[r.nextInt(LONGS.length)] : sequence(at, little) + r.nextInt(-3, 300);
                write(at, 4, (int) (value >>> 32), little);
                write(at + 4, 4, (int) value, little);
            }
        }
    }

    /** Offsets (in the body) and kinds of the fields of each submessage kind. */
    private static int[] fields(int id) {
        return switch (id) {
            case Rtps.DATA -> new int[] {0, SHORT, 2, SHORT, 4, ENTITY, 8, ENTITY, 12, SEQUENCE};
            case Rtps.DATA_FRAG -> new int[] {2, SHORT, 4, ENTITY, 8, ENTITY, 12, SEQUENCE, 20, INT, 24, SHORT, 26,
                SHORT, 28, INT};
            case Rtps.HEARTBEAT -> new int[] {0, ENTITY, 4, ENTITY, 8, SEQUENCE, 16, SEQUENCE, 24, INT};
            case Rtps.HEARTBEAT_FRAG -> new int[] {0, ENTITY, 4, ENTITY, 8, SEQUENCE, 16, INT, 20, INT};
            case Rtps.ACKNACK -> new int[] {0, ENTITY, 4, ENTITY, 8, SEQUENCE, 16, INT, 20, INT, 24, INT};
            case Rtps.GAP -> new int[] {0, ENTITY, 4, ENTITY, 8, SEQUENCE, 16, SEQUENCE, 24, INT, 28, INT};
            case Rtps.NACK_FRAG -> new int[] {0, ENTITY, 4, ENTITY, 8, SEQUENCE, 16, INT, 20, INT, 24, INT};
            case Rtps.INFO_TS -> new int[] {0, INT, 4, INT};
            case Rtps.INFO_DST -> new int[] {0, ENTITY, 4, ENTITY, 8, ENTITY};
            case Rtps.INFO_SRC -> new int[] {4, SHORT, 6, SHORT, 8, ENTITY, 16, ENTITY};
            default -> new int[0];
        };
    }

    /**
     * Retypes, resizes, drops or duplicates a parameter of a DATA's inline QoS or parameter-list
     * payload (discovery data), or sets the start of its value (a string length, a sequence count,
     * a locator kind).
     */
    private void parameterEdit(SplittableRandom r) {
        found = 0;
        int first = count == 0 ? 0 : r.nextInt(count);
        for (int k = 0; k < count && found == 0; k++) {
            int i = (first + k) % count;
            int s = starts[i];
            int id = data[s] & 0xff;
            int body = s + Rtps.SUBMESSAGE_HEADER_SIZE;
            if ((id != Rtps.DATA && id != Rtps.DATA_FRAG) || body + 4 > ends[i]) {
                continue;
            }
            int at = body + 4 + u16(body + 2, little(s));
            if ((data[s + 1] & Rtps.FLAG_Q) != 0) {
                at = collectParameters(at, ends[i], little(s));
            }
            if (id == Rtps.DATA && at + 4 <= ends[i] && data[at] == 0 && (data[at + 1] == 2 || data[at + 1] == 3)) {
                collectParameters(at + 4, ends[i], data[at + 1] == 3);
            }
        }
        if (found == 0) {
            return;
        }
        int pick = r.nextInt(found);
        int p = parameters[pick];
        boolean little = parameterLittle[pick];
        int value = u16(p + 2, little);
        int end = Math.min(length, p + 4 + value);
        switch (r.nextInt(5)) {
            case 0 -> write(p, 2, PIDS[r.nextInt(PIDS.length)], little);
            case 1 -> write(p + 2, 2, r.nextBoolean() ? SHORTS[r.nextInt(SHORTS.length)] : value + r.nextInt(-8, 9),
                    little);
            case 2 -> replace(p, end, EMPTY_BYTES, EMPTY_GUARD, 0, 0);
            case 3 -> {
                if (length + (end - p) <= MAX_DATAGRAM) {
                    replace(end, end, java.util.Arrays.copyOfRange(data, p, end),
                            java.util.Arrays.copyOfRange(guard, p, end), 0, end - p);
                }
            }
            default -> write(p + 4, 4, INTS[r.nextInt(INTS.length)], little);
        }
    }

    private final int[] parameters = new int[128];
    private final boolean[] parameterLittle = new boolean[128];
    private int found;

    /** Records the parameters of the list at {@code at}; returns where it ends (after the sentinel). */
    private int collectParameters(int at, int end, boolean little) {
        while (at + 4 <= end && found < parameters.length) {
            parameterLittle[found] = little;
            parameters[found++] = at;
            int pid = u16(at, little);
            at += 4 + u16(at + 2, little);
            if (pid == ParameterIds.SENTINEL) {
                break;
            }
        }
        return at;
    }

    // ------------------------------------------------------------------ bytes

    private static final byte[] EMPTY_BYTES = new byte[0];
    private static final boolean[] EMPTY_GUARD = new boolean[0];

    /** Replaces {@code [from, to)} with {@code source[offset, offset + n)}, guards included. */
    private void replace(int from, int to, byte[] source, boolean[] sourceGuard, int offset, int n) {
        int tail = length - to;
        int newLength = Math.min(MAX_DATAGRAM, from + n + tail);
        tail = newLength - from - n;
        if (tail < 0) {
            return;
        }
        System.arraycopy(data, to, data, from + n, tail);
        System.arraycopy(guard, to, guard, from + n, tail);
        System.arraycopy(source, offset, data, from, n);
        System.arraycopy(sourceGuard, offset, guard, from, n);
        length = newLength;
    }

    /** Writes an integer of {@code size} bytes unless that would change a guarded byte. */
    private void write(int at, int size, long value, boolean little) {
        if (at < 0 || at + size > length) {
            return;
        }
        for (int i = 0; i < size; i++) {
            if (guard[at + i]) {
                return;
            }
        }
        for (int i = 0; i < size; i++) {
            int shift = 8 * (little ? i : size - 1 - i);
            data[at + i] = (byte) (value >>> shift);
        }
    }

    private int u16(int at, boolean little) {
        if (at + 2 > length) {
            return 0;
        }
        return little ? (data[at] & 0xff) | (data[at + 1] & 0xff) << 8 : (data[at] & 0xff) << 8 | (data[at + 1] & 0xff);
    }

    private long sequence(int at, boolean little) {
        return ((long) i32(at, little) << 32) | (i32(at + 4, little) & 0xffffffffL);
    }

    private int i32(int at, boolean little) {
        return little ? u16(at, true) | u16(at + 2, true) << 16 : u16(at, false) << 16 | u16(at + 2, false);
    }
}
