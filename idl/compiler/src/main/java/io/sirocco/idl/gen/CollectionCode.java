package io.sirocco.idl.gen;

import io.sirocco.idl.model.ArrayType;
import io.sirocco.idl.model.BitmaskType;
import io.sirocco.idl.model.EnumType;
import io.sirocco.idl.model.IdlType;
import io.sirocco.idl.model.PrimitiveType;
import io.sirocco.idl.model.SequenceType;
import io.sirocco.idl.model.StringType;
import java.util.List;

/**
 * The helper methods behind {@link ValueCode}: serializers and deserializers of sequences, arrays,
 * bounded wstrings and enums, deep copies of collections, and constructors of default arrays.
 * Sequences and arrays of basic types, enums excepted, go through the bulk methods of
 * {@code CdrOutput}/{@code CdrInput}; collections of other elements carry a DHEADER in XCDR2.
 */
final class CollectionCode {
    private static final String OUT = "io.sirocco.dcps.type.cdr.CdrOutput";
    private static final String IN = "io.sirocco.dcps.type.cdr.CdrInput";

    private CollectionCode() {
    }

    // ---------------------------------------------------------------- write

    static String write(ValueCode vc, FileContext ctx, IdlType t, String name) {
        String out = ctx.use(OUT);
        SourceBuilder b = new SourceBuilder();
        b.open("private static void " + name + "(" + ctx.type(t) + " v, " + out + " out)");
        switch (t) {
            case StringType s -> {
                b.open("if (v != null && v.length() > " + s.bound() + ")");
                b.line("throw new " + ctx.lang("IllegalArgumentException") + "(\"wstring of \" + v.length() "
                        + "+ \" characters exceeds its bound of " + s.bound() + "\");");
                b.close();
                b.line("out.writeWstring(v);");
            }
            case SequenceType s -> writeSequence(vc, ctx, s, b);
            case ArrayType a -> writeArray(vc, ctx, a, b);
            default -> throw new IllegalArgumentException("no write helper for " + t.describe());
        }
        b.close();
        return b.toString();
    }

    private static void writeSequence(ValueCode vc, FileContext ctx, SequenceType s, SourceBuilder b) {
        boolean delimited = WireInfo.delimitedCollection(s.element());
        b.line("int n = v == null ? 0 : v.length;");
        if (s.isBounded()) {
            b.open("if (n > " + s.bound() + ")");
            b.line("throw new " + ctx.lang("IllegalArgumentException") + "(\"sequence of \" + n + \" elements exceeds "
                    + "its bound of " + s.bound() + "\");");
            b.close();
        }
        if (delimited) {
            b.line("int mark = out.isXcdr2() ? out.beginDelimited() : -1;");
        }
        b.line("out.writeSequenceLength(n);");
        String bulk = bulk(s.element());
        if (bulk != null) {
            b.open("if (n > 0)");
            b.line("out.write" + bulk + "(v, 0, n);");
            b.close();
        } else {
            b.open("for (int i = 0; i < n; i++)");
            b.line(vc.write(s.element(), "v[i]", ValueCode.Mode.FULL));
            b.close();
        }
        if (delimited) {
            b.open("if (mark >= 0)");
            b.line("out.endDelimited(mark);");
            b.close();
        }
    }

    private static void writeArray(ValueCode vc, FileContext ctx, ArrayType a, SourceBuilder b) {
        boolean delimited = WireInfo.delimitedCollection(a.element());
        b.open("if (v == null)");
        b.line("v = " + vc.defaultValue(a) + ";");
        b.close();
        if (delimited) {
            b.line("int mark = out.isXcdr2() ? out.beginDelimited() : -1;");
        }
        List<Integer> dims = a.dimensions();
        String iae = ctx.lang("IllegalArgumentException");
        for (int level = 0; level < dims.size(); level++) {
            String v = "v" + (level == 0 ? "" : level);
            int d = dims.get(level);
            if (level > 0) {
                String parent = "v" + (level == 1 ? "" : level - 1);
                IdlType levelType = level(a, level);
                b.line(ctx.type(levelType) + " " + v + " = " + parent + "[i" + (level - 1) + "];");
                b.open("if (" + v + " == null)");
                b.line(v + " = " + vc.defaultValue(levelType) + ";");
                b.close();
            }
            b.open("if (" + v + ".length != " + d + ")");
            b.line("throw new " + iae + "(\"array of length \" + " + v + ".length + \" for an IDL array dimension of "
                    + d + "\");");
            b.close();
            if (level < dims.size() - 1) {
                b.open("for (int i" + level + " = 0; i" + level + " < " + d + "; i" + level + "++)");
            }
        }
        String last = "v" + (dims.size() == 1 ? "" : dims.size() - 1);
        int d = dims.getLast();
        String bulk = bulk(a.element());
        if (bulk != null) {
            b.line("out.write" + bulk + "(" + last + ", 0, " + d + ");");
        } else {
            b.open("for (int j = 0; j < " + d + "; j++)");
            b.line(vc.write(a.element(), last + "[j]", ValueCode.Mode.FULL));
            b.close();
        }
        for (int level = 0; level < dims.size() - 1; level++) {
            b.close();
        }
        if (delimited) {
            b.open("if (mark >= 0)");
            b.line("out.endDelimited(mark);");
            b.close();
        }
    }

    /** The array type at nesting {@code level} of {@code a} (level 0 is {@code a} itself). */
    private static IdlType level(ArrayType a, int level) {
        IdlType t = a;
        for (int i = 0; i < level; i++) {
            t = ((ArrayType) t).inner();
        }
        return t;
    }

    // ---------------------------------------------------------------- read

    static String read(ValueCode vc, FileContext ctx, IdlType t, String name) {
        String in = ctx.use(IN);
        SourceBuilder b = new SourceBuilder();
        switch (t) {
            case EnumType e -> readEnum(ctx, e, name, in, b);
            case SequenceType s -> {
                b.open("private static " + ctx.type(t) + " " + name + "(" + in + " in, " + ctx.type(t) + " cur)");
                readSequence(vc, ctx, s, b);
                b.close();
            }
            case ArrayType a -> {
                b.open("private static " + ctx.type(t) + " " + name + "(" + in + " in, " + ctx.type(t) + " cur)");
                readArray(vc, ctx, a, b);
                b.close();
            }
            default -> throw new IllegalArgumentException("no read helper for " + t.describe());
        }
        return b.toString();
    }

    private static void readEnum(FileContext ctx, EnumType e, String name, String in, SourceBuilder b) {
        String type = ctx.ref(e);
        b.open("private static " + type + " " + name + "(" + in + " in)");
        b.line("int at = in.position();");
        b.line(switch (e.width()) {
            case 1 -> "int w = in.readByte() & 0xFF;";
            case 2 -> "int w = in.readShort() & 0xFFFF;";
            default -> "int w = in.readInt();";
        });
        b.open("switch (w)");
        for (EnumType.Literal l : e.literals()) {
            b.line("case " + l.value() + ": return " + type + "." + JavaNames.identifier(l.name()) + ";");
        }
        b.line("default: throw in.malformed(\"value \" + w + \" is no enumerator of " + e.scopedName() + "\", at);");
        b.close();
        b.close();
    }

    private static void beginDelimitedRead(SourceBuilder b) {
        b.line("int end = -1;");
        b.line("int saved = 0;");
        b.open("if (in.isXcdr2())");
        b.line("end = in.readDelimiter();");
        b.line("saved = in.pushLimit(end);");
        b.close();
    }

    private static void endDelimitedRead(SourceBuilder b) {
        b.open("if (end >= 0)");
        b.line("in.popLimit(saved);");
        b.line("in.position(end);");
        b.close();
    }

    private static void readSequence(ValueCode vc, FileContext ctx, SequenceType s, SourceBuilder b) {
        boolean delimited = WireInfo.delimitedCollection(s.element());
        if (delimited) {
            beginDelimitedRead(b);
        }
        if (s.isBounded()) {
            b.line("int at = in.position();");
        }
        long min = Math.min(Integer.MAX_VALUE, WireInfo.minSize(s.element()));
        b.line("int n = in.readSequenceLength(" + min + ");");
        if (s.isBounded()) {
            b.open("if (n > " + s.bound() + ")");
            b.line("throw in.malformed(\"sequence of \" + n + \" elements exceeds its bound of " + s.bound() + "\", at);");
            b.close();
        }
        String type = ctx.type(s);
        b.line(type + " v = cur != null && cur.length == n ? cur : n == 0 ? " + vc.emptyConstant(s) + " : "
                + FileContext.newArray(ctx.type(s.element()), "n") + ";");
        String bulk = bulk(s.element());
        if (bulk != null) {
            b.line("in.read" + bulk + "(v, 0, n);");
        } else {
            b.open("for (int i = 0; i < n; i++)");
            b.line(vc.read(s.element(), "v[i]", ValueCode.Mode.FULL));
            b.close();
        }
        if (delimited) {
            endDelimitedRead(b);
        }
        b.line("return v;");
    }

    private static void readArray(ValueCode vc, FileContext ctx, ArrayType a, SourceBuilder b) {
        boolean delimited = WireInfo.delimitedCollection(a.element());
        if (delimited) {
            beginDelimitedRead(b);
        }
        long min = a.count() * WireInfo.minSize(a.element());
        if (min > 0) {
            b.open("if (in.remaining() < " + min + "L)");
            b.line("throw in.malformed(\"array of " + a.count() + " elements needs at least " + min
                    + " bytes, \" + in.remaining() + \" remain\", in.position());");
            b.close();
        }
        List<Integer> dims = a.dimensions();
        b.line(ctx.type(a) + " v = cur != null && cur.length == " + dims.getFirst() + " ? cur : "
                + FileContext.newArray(ctx.type(a.inner()), String.valueOf(dims.getFirst())) + ";");
        for (int level = 1; level < dims.size(); level++) {
            String parent = "v" + (level == 1 ? "" : level - 1);
            String v = "v" + level;
            b.open("for (int i" + (level - 1) + " = 0; i" + (level - 1) + " < " + dims.get(level - 1) + "; i"
                    + (level - 1) + "++)");
            IdlType levelType = level(a, level);
            b.line(ctx.type(levelType) + " " + v + " = " + parent + "[i" + (level - 1) + "];");
            b.open("if (" + v + " == null || " + v + ".length != " + dims.get(level) + ")");
            b.line(v + " = " + FileContext.newArray(ctx.type(((ArrayType) levelType).inner()),
                    String.valueOf(dims.get(level))) + ";");
            b.line(parent + "[i" + (level - 1) + "] = " + v + ";");
            b.close();
        }
        String last = "v" + (dims.size() == 1 ? "" : dims.size() - 1);
        int d = dims.getLast();
        String bulk = bulk(a.element());
        if (bulk != null) {
            b.line("in.read" + bulk + "(" + last + ", 0, " + d + ");");
        } else {
            b.open("for (int j = 0; j < " + d + "; j++)");
            b.line(vc.read(a.element(), last + "[j]", ValueCode.Mode.FULL));
            b.close();
        }
        for (int level = 1; level < dims.size(); level++) {
            b.close();
        }
        if (delimited) {
            endDelimitedRead(b);
        }
        b.line("return v;");
    }

    // ---------------------------------------------------------------- copy and defaults

    static String copy(ValueCode vc, FileContext ctx, IdlType t, String name) {
        IdlType element = t instanceof SequenceType s ? s.element() : ((ArrayType) t).inner();
        String type = ctx.type(t);
        SourceBuilder b = new SourceBuilder();
        b.open("private static " + type + " " + name + "(" + type + " s, " + type + " cur)");
        b.open("if (s == null)");
        b.line("return null;");
        b.close();
        b.line("int n = s.length;");
        b.line(type + " t = cur != null && cur != s && cur.length == n ? cur : "
                + FileContext.newArray(ctx.type(element), "n") + ";");
        if (FileContext.isJavaPrimitive(element) || element instanceof StringType || element instanceof EnumType) {
            b.line("System.arraycopy(s, 0, t, 0, n);");
        } else {
            b.open("for (int i = 0; i < n; i++)");
            b.line(vc.copy(element, "s[i]", "t[i]", false));
            b.close();
        }
        b.line("return t;");
        b.close();
        return b.toString();
    }

    static String newArray(ValueCode vc, FileContext ctx, ArrayType a, String name) {
        String type = ctx.type(a);
        SourceBuilder b = new SourceBuilder();
        b.open("private static " + type + " " + name + "()");
        String elementType = ctx.type(a.element());
        StringBuilder dims = new StringBuilder();
        for (int d : a.dimensions()) {
            dims.append('[').append(d).append(']');
        }
        int bracket = elementType.indexOf('[');
        String creation = bracket < 0 ? "new " + elementType + dims
                : "new " + elementType.substring(0, bracket) + dims + elementType.substring(bracket);
        b.line(type + " v = " + creation + ";");
        StringBuilder index = new StringBuilder("v");
        for (int level = 0; level < a.dimensions().size(); level++) {
            b.open("for (int i" + level + " = 0; i" + level + " < " + a.dimensions().get(level) + "; i" + level + "++)");
            index.append("[i").append(level).append(']');
        }
        b.line(index + " = " + vc.defaultValue(a.element()) + ";");
        for (int level = 0; level < a.dimensions().size(); level++) {
            b.close();
        }
        b.line("return v;");
        b.close();
        return b.toString();
    }

    /** The plural suffix of the bulk method for elements of {@code t}, or null when written one by one. */
    private static String bulk(IdlType t) {
        if (t instanceof PrimitiveType p) {
            String s = ValueCode.suffix(p);
            return s.endsWith("8") ? "Chars8" : s + "s";
        }
        if (t instanceof BitmaskType m) {
            return ValueCode.widthSuffix(m.width()) + "s";
        }
        return null;
    }
}
