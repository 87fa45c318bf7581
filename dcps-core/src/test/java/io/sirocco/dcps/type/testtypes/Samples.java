package io.sirocco.dcps.type.testtypes;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Deterministic, fully populated samples of the rich types. */
public final class Samples {
    private Samples() {
    }

    public static <T extends RichFields> T fill(T r, long seed) {
        Random rnd = new Random(seed);
        r.id = rnd.nextInt();
        r.name = "name-" + rnd.nextInt(1000);
        r.where = new Point(rnd.nextDouble(), -rnd.nextDouble());
        r.flag = rnd.nextBoolean();
        r.octet = (byte) rnd.nextInt();
        r.s16 = (short) rnd.nextInt();
        r.u16 = (short) 0xFFFE;
        r.i32 = rnd.nextInt();
        r.u32 = 0xFFFF_FFF0;
        r.i64 = rnd.nextLong();
        r.f32 = rnd.nextFloat();
        r.f64 = rnd.nextDouble();
        r.c8 = 'é';
        r.wc = '\u20AC';
        r.text = "héllo wörld \uD83D\uDE00 " + rnd.nextInt();
        r.wide = "wide \u4E2D\u6587 " + rnd.nextInt(10);
        r.boundedText = "bounded";
        r.color = Color.BLUE;
        r.idlColor = IdlColor.YELLOW;
        r.tiny = Tiny.SEVEN;
        r.bools = new boolean[] {true, false, true};
        r.bytes = new byte[] {1, 2, 3, (byte) 0xFF, 0};
        r.shorts = new short[] {1, -2, 3};
        r.chars = new char[] {'a', 'b'};
        r.ints = new int[] {rnd.nextInt(), 7, -1};
        r.longs = new long[] {rnd.nextLong(), 1L << 40};
        r.floats = new float[] {1.5f, -0f};
        r.doubles = new double[] {Math.PI, Double.NaN, -1e300};
        r.fixedInts = new int[] {9, 8, 7};
        r.matrix = new int[][] {{1, 2, 3}, {4, 5, 6}};
        r.fixedNames = new String[] {"left", "right"};
        r.boundedInts = new int[] {1, 2, 3, 4};
        r.names = new String[] {"a", "", "ccc"};
        r.colors = new Color[] {Color.GREEN, Color.RED};
        r.jagged = new int[][] {{1}, {}, {2, 3}};
        r.tags = new ArrayList<>(List.of("x", "yy"));
        r.numbers = new ArrayList<>(List.of(1, 2, 3, 400000));
        r.points = new ArrayList<>(List.of(new Point(1, 2), new Point(3, 4)));
        r.colorList = new ArrayList<>(List.of(Color.BLUE));
        r.origin = new Point(0.5, 0.25);
        r.corners = new Point[] {new Point(-1, -1), new Point(1, 1)};
        r.mutableInner = new MutableInner();
        r.mutableInner.a = 42;
        r.mutableInner.b = "inner";
        r.mutableInner.points.add(new Point(9, 9));
        r.mutableInner.big = Long.MIN_VALUE;
        r.appendableInner = new AppendableInner();
        r.appendableInner.s = 12;
        r.appendableInner.text = "appendix";
        r.appendableInner.d = 2.5;
        r.maybeInt = rnd.nextBoolean() ? 77 : null;
        r.maybeText = "present";
        r.maybePoint = seed % 2 == 0 ? new Point(5, 6) : null;
        r.maybeDouble = null;
        r.boxedLong = 123456789012L;
        if (r instanceof RichMutable m) {
            m.farAway = 0x1234;
            m.farthest = "far";
        }
        return r;
    }
}
