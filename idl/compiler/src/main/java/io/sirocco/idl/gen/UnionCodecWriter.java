package io.sirocco.idl.gen;

import io.sirocco.idl.model.Extensibility;
import io.sirocco.idl.model.UnionType;

/**
 * The generated type support of a union: {@code <Union>Codec implements TypeCodec<Union>}. A union is
 * its discriminator followed by the selected member (nothing when no member is selected); an
 * appendable union adds a DHEADER in XCDR2. Unions have no key.
 */
final class UnionCodecWriter {
    private static final String T = "io.sirocco.dcps.type.";

    private UnionCodecWriter() {
    }

    static String write(UnionType u, FileContext ctx, String source) {
        ValueCode vc = new ValueCode(ctx);
        String type = ctx.names().simpleName(u);
        String codec = type + "Codec";
        String out = ctx.use(T + "cdr.CdrOutput");
        String in = ctx.use(T + "cdr.CdrInput");
        String typeCodec = ctx.use(T + "TypeCodec");
        String encoding = ctx.use(T + "DataEncoding");
        String extensibility = ctx.use(T + "TypeExtensibility");
        String keyHashes = ctx.use(T + "KeyHashes");
        boolean appendable = u.extensibility() == Extensibility.APPENDABLE;
        String str = ctx.lang("String");

        SourceBuilder b = SourceBuilder.classBody();
        b.line("");
        b.line("/** The IDL scoped name, which is also the wire type name. */");
        b.line("public static final " + str + " TYPE_NAME = " + Literals.string(u.scopedName()) + ";");
        b.line("private static final " + type + " DEFAULT = new " + type + "();");
        b.line("");
        b.line("/** The codec; {@code TypeCodecs} creates one per type. */");
        b.open("public " + codec + "()");
        b.close();
        StructCodecWriter.method(b, ctx.lang("Class") + "<" + type + "> type()", "return " + type + ".class;");
        StructCodecWriter.method(b, str + " typeName()", "return TYPE_NAME;");
        StructCodecWriter.method(b, encoding + " encoding()", "return " + encoding + ".XCDR;");
        StructCodecWriter.method(b, extensibility + " extensibility()", "return " + extensibility + "."
                + u.extensibility().name() + ";");
        StructCodecWriter.method(b, "boolean isKeyed()", "return false;");
        StructCodecWriter.method(b, type + " newSample()", "return new " + type + "();");
        StructCodecWriter.method(b, "void copy(" + type + " source, " + type + " target)", "copyMembers(source, target);");
        StructCodecWriter.method(b, "void copyKey(" + type + " source, " + type + " target)", "");
        StructCodecWriter.method(b, "int keyHashCode(" + type + " sample)", "return 17;");
        StructCodecWriter.method(b, "boolean keyEquals(" + type + " a, " + type + " b)", "return true;");
        StructCodecWriter.method(b, "void keyHash(" + type + " sample, byte[] target)",
                "java.util.Arrays.fill(target, 0, " + keyHashes + ".SIZE, (byte) 0);");
        b.line("");
        b.line("/** No key: the key hash is 16 zeros, not a digest. */");
        b.open("public boolean keyHashIsDigest()");
        b.line("return false;");
        b.close();
        StructCodecWriter.method(b, "void serialize(" + type + " sample, " + out + " out)", "write(sample, out);");
        StructCodecWriter.method(b, "void deserialize(" + in + " in, " + type + " target)", "readMembers(in, target);");
        StructCodecWriter.method(b, "void serializeKey(" + type + " sample, " + out + " out)", "// no key: empty");
        StructCodecWriter.method(b, "void deserializeKey(" + in + " in, " + type + " target)", "// no key: empty");
        b.line("");
        b.line("@Override");
        b.open("public " + str + " toString()");
        b.line("return \"" + codec + "[\" + TYPE_NAME + \"]\";");
        b.close();

        b.line("");
        b.line("/** Serializes {@code v} (null as the default value) as a member or element of another type. */");
        b.open("public static void write(" + type + " v, " + out + " out)");
        b.open("if (v == null)");
        b.line("v = DEFAULT;");
        b.close();
        if (appendable) {
            b.line("int mark = out.isXcdr2() ? out.beginDelimited() : -1;");
        }
        b.line(vc.write(u.discriminator(), "v._d", ValueCode.Mode.FULL));
        b.open("switch (" + type + ".__branch(v._d))");
        for (UnionType.Case c : u.cases()) {
            b.line("case " + c.index() + " -> " + vc.write(c.type(), "v." + UnionClassWriter.field(c), ValueCode.Mode.FULL));
        }
        b.open("default ->");
        b.line("// no member selected");
        b.close();
        b.close();
        if (appendable) {
            b.open("if (mark >= 0)");
            b.line("out.endDelimited(mark);");
            b.close();
        }
        b.close();
        b.line("");
        b.line("/** Deserializes into {@code current} when it is not null, else into a new union; returns it. */");
        b.open("public static " + type + " read(" + in + " in, " + type + " current)");
        b.line(type + " v = current != null ? current : new " + type + "();");
        b.line("readMembers(in, v);");
        b.line("return v;");
        b.close();
        b.line("");
        b.line("/** A deep copy of {@code source} into {@code current} (or a new union when it is null or the source). */");
        b.open("public static " + type + " copyOf(" + type + " source, " + type + " current)");
        b.open("if (source == null)");
        b.line("return null;");
        b.close();
        b.line(type + " t = current != null && current != source ? current : new " + type + "();");
        b.line("copyMembers(source, t);");
        b.line("return t;");
        b.close();

        b.line("");
        b.open("private static void readMembers(" + in + " in, " + type + " v)");
        if (appendable) {
            b.line("int end = -1;");
            b.line("int saved = 0;");
            b.open("if (in.isXcdr2())");
            b.line("end = in.readDelimiter();");
            b.line("saved = in.pushLimit(end);");
            b.close();
        }
        b.line(vc.read(u.discriminator(), "v._d", ValueCode.Mode.FULL));
        b.open("switch (" + type + ".__branch(v._d))");
        for (UnionType.Case c : u.cases()) {
            b.line("case " + c.index() + " -> " + vc.read(c.type(), "v." + UnionClassWriter.field(c), ValueCode.Mode.FULL));
        }
        b.open("default ->");
        b.line("// no member selected");
        b.close();
        b.close();
        if (appendable) {
            b.open("if (end >= 0)");
            b.line("in.popLimit(saved);");
            b.line("in.position(end);");
            b.close();
        }
        b.close();
        b.line("");
        b.open("private static void copyMembers(" + type + " s, " + type + " t)");
        b.line("t._d = s._d;");
        b.open("switch (" + type + ".__branch(s._d))");
        for (UnionType.Case c : u.cases()) {
            String f = UnionClassWriter.field(c);
            b.line("case " + c.index() + " -> " + vc.copy(c.type(), "s." + f, "t." + f, false));
        }
        b.open("default ->");
        b.line("// no member selected");
        b.close();
        b.close();
        b.close();
        if (vc.hasHelpers()) {
            b.line("");
            b.line(vc.helpers());
        }

        SourceBuilder file = new SourceBuilder();
        file.line(StructClassWriter.header(source) + ctx.packageLine().stripTrailing());
        if (!ctx.packageLine().isEmpty()) {
            file.line("");
        }
        file.line(ctx.importBlock());
        file.line("/**");
        file.line(" * XCDR1/XCDR2 type support of IDL union {@code " + u.scopedName() + "}, generated by sirocco-idl from {@code "
                + source + "}.");
        file.line(" */");
        file.open("public final class " + codec + " implements " + typeCodec + "<" + type + ">");
        file.append(b);
        file.close();
        return file.toString();
    }
}
