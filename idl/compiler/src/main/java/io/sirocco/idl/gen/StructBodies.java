package io.sirocco.idl.gen;

import io.sirocco.idl.model.Field;
import io.sirocco.idl.model.StructType;
import java.util.List;

/**
 * The member-by-member bodies of a struct codec: serialize and deserialize all members with the
 * framing of the struct's extensibility, and copy a set of members (all, or the key members). The
 * sample is {@code v} (copies: {@code s} to {@code t}), the streams {@code out} and {@code in}.
 */
final class StructBodies {
    private final StructType struct;
    private final ValueCode vc;
    private final FileContext ctx;

    StructBodies(StructType struct, ValueCode vc, FileContext ctx) {
        this.struct = struct;
        this.vc = vc;
        this.ctx = ctx;
    }

    // ---------------------------------------------------------------- write

    void write(SourceBuilder b) {
        List<Field> set = struct.allFields();
        ValueCode.Mode mode = ValueCode.Mode.FULL;
        switch (struct.extensibility()) {
            case FINAL -> set.forEach(f -> writeMember(f, mode, b));
            case APPENDABLE -> {
                b.line("int mark = out.isXcdr2() ? out.beginDelimited() : -1;");
                set.forEach(f -> writeMember(f, mode, b));
                b.open("if (mark >= 0)");
                b.line("out.endDelimited(mark);");
                b.close();
            }
            case MUTABLE -> {
                String headers = ctx.use("io.sirocco.dcps.type.cdr.MemberHeaders");
                b.open("if (out.isXcdr2())");
                b.line("int mark = out.beginDelimited();");
                for (Field f : set) {
                    String n = "v." + JavaNames.identifier(f.name());
                    if (f.optional()) {
                        b.open("if (" + n + " != null)");
                    }
                    b.line("int h" + f.id() + " = out.beginEmHeader(" + f.id() + ", " + f.mustUnderstand() + ", "
                            + headers + "." + WireInfo.lengthCodeName(f.type()) + ");");
                    b.line(vc.write(f.type(), n, mode));
                    b.line("out.endEmHeader(h" + f.id() + ");");
                    if (f.optional()) {
                        b.close();
                    }
                }
                b.line("out.endDelimited(mark);");
                b.reopen("else");
                for (Field f : set) {
                    String n = "v." + JavaNames.identifier(f.name());
                    if (f.optional()) {
                        b.open("if (" + n + " != null)");
                    }
                    b.line("long p" + f.id() + " = out.beginParameter(" + f.id() + ", " + f.mustUnderstand() + ");");
                    b.line(vc.write(f.type(), n, mode));
                    b.line("out.endParameter(p" + f.id() + ");");
                    if (f.optional()) {
                        b.close();
                    }
                }
                b.line("out.writeParameterListEnd();");
                b.close();
            }
        }
    }

    private void writeMember(Field f, ValueCode.Mode mode, SourceBuilder b) {
        String n = "v." + JavaNames.identifier(f.name());
        if (!f.optional()) {
            b.line(vc.write(f.type(), n, mode));
            return;
        }
        b.open("if (out.isXcdr2())");
        b.line("out.writeBoolean(" + n + " != null);");
        b.open("if (" + n + " != null)");
        b.line(vc.write(f.type(), n, mode));
        b.close();
        b.reopen("else if (" + n + " == null)");
        b.line("out.writeAbsentParameter(" + f.id() + ", " + f.mustUnderstand() + ");");
        b.reopen("else");
        b.line("long p = out.beginParameter(" + f.id() + ", " + f.mustUnderstand() + ");");
        b.line(vc.write(f.type(), n, mode));
        b.line("out.endOptionalParameter(p);");
        b.close();
    }

    // ---------------------------------------------------------------- read

    void read(SourceBuilder b) {
        List<Field> set = struct.allFields();
        ValueCode.Mode mode = ValueCode.Mode.FULL;
        switch (struct.extensibility()) {
            case FINAL -> set.forEach(f -> readMember(f, mode, b));
            case APPENDABLE -> {
                b.line("int end = -1;");
                b.line("int saved = 0;");
                b.open("if (in.isXcdr2())");
                b.line("end = in.readDelimiter();");
                b.line("saved = in.pushLimit(end);");
                b.close();
                for (Field f : set) {
                    // a writer with an older version of the type sends fewer members: the rest get defaults
                    b.open("if (end < 0 || in.position() < end)");
                    readMember(f, mode, b);
                    b.reopen("else");
                    b.line(defaultMember(f));
                    b.close();
                }
                b.open("if (end >= 0)");
                b.line("in.popLimit(saved);");
                b.line("in.position(end);");
                b.close();
            }
            case MUTABLE -> readMutable(set, mode, b);
        }
    }

    private void readMember(Field f, ValueCode.Mode mode, SourceBuilder b) {
        String n = "v." + JavaNames.identifier(f.name());
        if (!f.optional()) {
            b.line(vc.read(f.type(), n, mode));
            return;
        }
        b.open("if (in.isXcdr2())");
        b.open("if (in.readBoolean())");
        b.line(readPresent(f, n, mode));
        b.reopen("else");
        b.line(n + " = null;");
        b.close();
        b.reopen("else");
        b.line("int pAt = in.position();");
        b.open("if (!in.readParameterHeader())");
        b.line("throw in.malformed(\"parameter-list end where optional member " + f.name() + " was expected\", pAt);");
        b.close();
        b.line("int pLength = in.memberLength();");
        b.open("if (pLength == 0)");
        b.line(n + " = null;");
        b.reopen("else");
        b.line("int pStart = in.position();");
        b.line("int pLimit = in.pushLimit(pStart + pLength);");
        b.line("int pOrigin = in.pushOrigin(pStart);");
        b.line(readPresent(f, n, mode));
        b.line("in.popOrigin(pOrigin);");
        b.line("in.popLimit(pLimit);");
        b.line("in.position(pStart + pLength);");
        b.close();
        b.close();
    }

    /**
     * Statement reading a present optional member. A boxed primitive keeps its current box when the
     * value is the same, so that decoding an unchanged sample allocates nothing.
     */
    private String readPresent(Field f, String n, ValueCode.Mode mode) {
        String value = vc.readExpression(f.type(), n, mode);
        if (!FileContext.isJavaPrimitive(f.type())) {
            return n + " = " + value + ";";
        }
        String local = "x" + f.id();
        return ctx.type(f.type()) + " " + local + " = " + value + ";\nif (" + n + " == null || " + n + " != " + local
                + ") {\n    " + n + " = " + local + ";\n}";
    }

    private void readMutable(List<Field> set, ValueCode.Mode mode, SourceBuilder b) {
        b.line("boolean x2 = in.isXcdr2();");
        b.line("int end = 0;");
        b.line("int saved = 0;");
        b.open("if (x2)");
        b.line("end = in.readDelimiter();");
        b.line("saved = in.pushLimit(end);");
        b.close();
        int words = (set.size() + 63) / 64;
        for (int w = 0; w < words; w++) {
            b.line("long seen" + w + " = 0;");
        }
        b.open("while (true)");
        b.line("int at = in.position();");
        b.line("int length;");
        b.open("if (x2)");
        b.open("if (at >= end)");
        b.line("break;");
        b.close();
        b.line("length = in.readEmHeader();");
        b.reopen("else");
        b.open("if (!in.readParameterHeader())");
        b.line("break;");
        b.close();
        b.line("length = in.memberLength();");
        b.close();
        b.line("int valueStart = in.position();");
        b.line("int memberLimit = in.pushLimit(valueStart + length);");
        b.line("int origin = x2 ? 0 : in.pushOrigin(valueStart);");
        b.open("switch (in.memberId())");
        for (int i = 0; i < set.size(); i++) {
            Field f = set.get(i);
            String n = "v." + JavaNames.identifier(f.name());
            b.open("case " + f.id() + " ->");
            b.line(f.optional() ? readPresent(f, n, mode) : n + " = " + vc.readExpression(f.type(), n, mode) + ";");
            b.line("seen" + (i / 64) + " |= " + (1L << (i % 64)) + "L;");
            b.close();
        }
        b.open("default ->");
        b.open("if (in.memberMustUnderstand())");
        b.line("throw in.malformed(\"unknown must-understand member id \" + in.memberId() + \" in "
                + struct.scopedName() + "\", at);");
        b.close();
        b.close();
        b.close();
        b.open("if (!x2)");
        b.line("in.popOrigin(origin);");
        b.close();
        b.line("in.popLimit(memberLimit);");
        b.line("in.position(valueStart + length);");
        b.close();
        b.open("if (x2)");
        b.line("in.popLimit(saved);");
        b.line("in.position(end);");
        b.close();
        for (int i = 0; i < set.size(); i++) {
            b.open("if ((seen" + (i / 64) + " & " + (1L << (i % 64)) + "L) == 0)");
            b.line(defaultMember(set.get(i)));
            b.close();
        }
    }

    /** Statement giving a member that was not received its default value. */
    private String defaultMember(Field f) {
        String n = "v." + JavaNames.identifier(f.name());
        if (f.optional()) {
            return n + " = null;";
        }
        return n + " = " + StructClassWriter.initialValue(f, vc, ctx) + ";";
    }

    // ---------------------------------------------------------------- copy

    void copy(List<Field> set, boolean keyOnly, SourceBuilder b) {
        for (Field f : set) {
            String n = JavaNames.identifier(f.name());
            if (f.optional()) {
                b.open("if (s." + n + " == null)");
                b.line("t." + n + " = null;");
                b.reopen("else");
                b.line(vc.copy(f.type(), "s." + n, "t." + n, keyOnly));
                b.close();
            } else {
                b.line(vc.copy(f.type(), "s." + n, "t." + n, keyOnly));
            }
        }
    }
}
