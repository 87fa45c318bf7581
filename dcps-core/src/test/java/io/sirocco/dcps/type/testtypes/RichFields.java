package io.sirocco.dcps.type.testtypes;

import java.util.ArrayList;
import java.util.List;
import org.omg.dds.type.Key;
import org.omg.dds.type.MustUnderstand;
import org.omg.dds.type.Optional;
import org.omg.dds.type.SerializeAs;
import org.omg.dds.type.TypeKind;

/**
 * Every supported member kind, shared by the FINAL, APPENDABLE and MUTABLE variants (which only add
 * the extensibility annotation; superclass fields come first).
 */
public abstract class RichFields {
    @Key
    public int id;
    @Key
    public String name;
    @Key
    public Point where;

    public boolean flag;
    public byte octet;
    public short s16;
    @SerializeAs(TypeKind.UINT_16_TYPE)
    public short u16;
    public int i32;
    @SerializeAs(TypeKind.UINT_32_TYPE)
    public int u32;
    public long i64;
    public float f32;
    public double f64;
    public char c8;
    @SerializeAs(TypeKind.CHAR_32_TYPE)
    public char wc;
    @MustUnderstand
    public String text;
    @SerializeAs(value = TypeKind.STRING_TYPE, collectionElementKind = TypeKind.CHAR_32_TYPE)
    public String wide;
    @SerializeAs(value = TypeKind.STRING_TYPE, bound = 16)
    public String boundedText;
    public Color color;
    public IdlColor idlColor;
    public Tiny tiny;

    public boolean[] bools;
    public byte[] bytes;
    public short[] shorts;
    public char[] chars;
    public int[] ints;
    public long[] longs;
    public float[] floats;
    public double[] doubles;
    @SerializeAs(value = TypeKind.ARRAY_TYPE, bound = 3)
    public int[] fixedInts;
    @SerializeAs(value = TypeKind.ARRAY_TYPE, bound = {2, 3})
    public int[][] matrix;
    @SerializeAs(value = TypeKind.ARRAY_TYPE, bound = 2)
    public String[] fixedNames;
    @SerializeAs(value = TypeKind.SEQUENCE_TYPE, bound = 4)
    public int[] boundedInts;
    public String[] names;
    public Color[] colors;
    public int[][] jagged;
    public List<String> tags = new ArrayList<>();
    public List<Integer> numbers = new ArrayList<>();
    public List<Point> points = new ArrayList<>();
    public List<Color> colorList = new ArrayList<>();
    public Point origin;
    public Point[] corners;
    public MutableInner mutableInner;
    public AppendableInner appendableInner;

    @Optional
    public Integer maybeInt;
    @Optional
    public String maybeText;
    @Optional
    public Point maybePoint;
    @Optional
    public Double maybeDouble;
    public Long boxedLong;
}
