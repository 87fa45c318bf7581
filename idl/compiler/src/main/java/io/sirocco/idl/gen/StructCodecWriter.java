package io.sirocco.idl.gen;

import io.sirocco.idl.model.Field;
import io.sirocco.idl.model.StructType;
import java.util.ArrayList;
import java.util.List;

/**
 * The generated type support of a struct: {@code <Type>Codec implements TypeCodec<Type>}, which
 * {@code io.sirocco.dcps.type.TypeCodecs} finds by name. Besides the {@code TypeCodec} methods it
 * offers static methods that containing types call ({@code write}, {@code read}, {@code writeKeyHolder},
 * {@code readKeyHolder}, {@code copyOf}, {@code copyKeyOf}, {@code equalKeys},
 * {@code hashKey}). The framing follows the reflective codec exactly:
 * <pre>
 *   FINAL       members back to back
 *   APPENDABLE  XCDR2: DHEADER then members;  XCDR1: as FINAL
 *   MUTABLE     XCDR2: DHEADER, EMHEADER+member each;  XCDR1: parameter per member, sentinel
 *   optional    (final/appendable) XCDR2: presence byte, value;  XCDR1: parameter, empty when absent
 * </pre>
 */
final class StructCodecWriter {
    private static final String T = "io.sirocco.dcps.type.";

    private StructCodecWriter() {
    }

    static String write(StructType s, FileContext ctx, String source) {
        ValueCode vc = new ValueCode(ctx);
        String type = ctx.names().simpleName(s);
        String codec = type + "Codec";
        String out = ctx.use(T + "cdr.CdrOutput");
        String in = ctx.use(T + "cdr.CdrInput");
        String typeCodec = ctx.use(T + "TypeCodec");
        String encoding = ctx.use(T + "DataEncoding");
        String extensibility = ctx.use(T + "TypeExtensibility");
        String keyHashes = ctx.use(T + "KeyHashes");
        boolean keyed = s.isKeyed();
        List<Field> all = s.allFields();
        List<Field> nestedKeys = s.nestedKeys();
        boolean digest = keyed && WireInfo.keyHashEnd(StructType.byId(s.keys()), 0) > 16;
        String cls = ctx.lang("Class");
        String str = ctx.lang("String");

        SourceBuilder b = SourceBuilder.classBody();
        b.line("");
        b.line("/** The IDL scoped name, which is also the wire type name. */");
        b.line("public static final " + str + " TYPE_NAME = " + Literals.string(s.scopedName()) + ";");
        b.line("/** Whether key hashes are MD5 digests (the key's largest serialization exceeds 16 bytes). */");
        b.line("public static final boolean KEY_HASH_IS_DIGEST = " + digest + ";");
        b.line("private static final " + type + " DEFAULT = new " + type + "();");
        b.line("");
        b.line("/** The codec; {@code TypeCodecs} creates one per type. */");
        b.open("public " + codec + "()");
        b.close();

        // ---- TypeCodec
        method(b, cls + "<" + type + "> type()", "return " + type + ".class;");
        method(b, str + " typeName()", "return TYPE_NAME;");
        method(b, encoding + " encoding()", "return " + encoding + ".XCDR;");
        method(b, extensibility + " extensibility()", "return " + extensibility + "." + s.extensibility().name() + ";");
        method(b, "boolean isKeyed()", "return " + keyed + ";");
        method(b, type + " newSample()", "return new " + type + "();");
        method(b, "void copy(" + type + " source, " + type + " target)", "copyMembers(source, target);");
        method(b, "void copyKey(" + type + " source, " + type + " target)", keyed ? "copyKeyMembers(source, target);" : "");
        method(b, "int keyHashCode(" + type + " sample)", "return " + (keyed ? "hashKey(sample)" : "17") + ";");
        method(b, "boolean keyEquals(" + type + " a, " + type + " b)", "return " + (keyed ? "equalKeys(a, b)" : "true") + ";");
        method(b, "void keyHash(" + type + " sample, byte[] target)", keyed
                ? out + " holder = " + keyHashes + ".output();\nwriteKeyHolder(sample, holder);\n" + keyHashes
                        + ".finish(holder, KEY_HASH_IS_DIGEST, target);"
                : "java.util.Arrays.fill(target, 0, " + keyHashes + ".SIZE, (byte) 0);");
        b.line("");
        b.line("/** Whether {@link #keyHash} is an MD5 digest rather than the key itself. */");
        b.open("public boolean keyHashIsDigest()");
        b.line("return KEY_HASH_IS_DIGEST;");
        b.close();
        method(b, "void serialize(" + type + " sample, " + out + " out)", "write(sample, out);");
        method(b, "void deserialize(" + in + " in, " + type + " target)", "readMembers(in, target);");
        method(b, "void serializeKey(" + type + " sample, " + out + " out)", keyed ? "writeKeyHolder(sample, out);" : "");
        method(b, "void deserializeKey(" + in + " in, " + type + " target)", keyed ? "readKeyHolder(in, target);" : "");
        b.line("");
        b.line("@Override");
        b.open("public " + str + " toString()");
        b.line("return \"" + codec + "[\" + TYPE_NAME + \"]\";");
        b.close();

        // ---- static API for containing types
        b.line("");
        b.line("/** Serializes {@code v} (null as the default value) as a member or element of another type. */");
        b.open("public static void write(" + type + " v, " + out + " out)");
        b.line("writeMembers(v == null ? DEFAULT : v, out);");
        b.close();
        b.line("");
        b.line("/** Deserializes into {@code current} when it is not null, else into a new sample; returns it. */");
        b.open("public static " + type + " read(" + in + " in, " + type + " current)");
        b.line(type + " v = current != null ? current : new " + type + "();");
        b.line("readMembers(in, v);");
        b.line("return v;");
        b.close();
        b.line("");
        b.line("/**");
        b.line(" * Writes the key holder: the key members (all members when there is no key) by member id, nested");
        b.line(" * structs flattened the same way, no DHEADER, EMHEADER or parameter header. In XCDR2 big-endian");
        b.line(" * this is what the key hash is made of; in the writer's encoding it is the serialized key of");
        b.line(" * dispose and unregister messages (as Cyclone DDS writes them).");
        b.line(" */");
        b.open("public static void writeKeyHolder(" + type + " v, " + out + " out)");
        b.open("if (v == null)");
        b.line("v = DEFAULT;");
        b.close();
        for (Field f : StructType.byId(nestedKeys)) {
            String n = "v." + JavaNames.identifier(f.name());
            if (f.optional()) {
                b.line("out.writeBoolean(" + n + " != null);");
                b.open("if (" + n + " != null)");
                b.line(vc.write(f.type(), n, ValueCode.Mode.KEY_HOLDER));
                b.close();
            } else {
                b.line(vc.write(f.type(), n, ValueCode.Mode.KEY_HOLDER));
            }
        }
        b.close();
        b.line("");
        b.line("/** Reads what {@link #writeKeyHolder} wrote into the key members of {@code current} (or a new sample). */");
        b.open("public static " + type + " readKeyHolder(" + in + " in, " + type + " current)");
        b.line(type + " v = current != null ? current : new " + type + "();");
        for (Field f : StructType.byId(nestedKeys)) {
            String n = "v." + JavaNames.identifier(f.name());
            if (f.optional()) {
                b.line(n + " = in.readBoolean() ? " + vc.readExpression(f.type(), n, ValueCode.Mode.KEY_HOLDER) + " : null;");
            } else {
                b.line(vc.read(f.type(), n, ValueCode.Mode.KEY_HOLDER));
            }
        }
        b.line("return v;");
        b.close();
        b.line("");
        b.line("/** A deep copy of {@code source} into {@code current} (or a new sample when it is null or the source). */");
        b.open("public static " + type + " copyOf(" + type + " source, " + type + " current)");
        b.open("if (source == null)");
        b.line("return null;");
        b.close();
        b.line(type + " t = current != null && current != source ? current : new " + type + "();");
        b.line("copyMembers(source, t);");
        b.line("return t;");
        b.close();
        b.line("");
        b.line("/** Like {@link #copyOf}, key members only (all members when there is no key). */");
        b.open("public static " + type + " copyKeyOf(" + type + " source, " + type + " current)");
        b.open("if (source == null)");
        b.line("return null;");
        b.close();
        b.line(type + " t = current != null && current != source ? current : new " + type + "();");
        b.line("copyKeyMembers(source, t);");
        b.line("return t;");
        b.close();
        b.line("");
        b.line("/** Whether the key members (all members when there is no key) are equal; null is the default. */");
        b.open("public static boolean equalKeys(" + type + " a, " + type + " b)");
        b.open("if (a == null)");
        b.line("a = DEFAULT;");
        b.close();
        b.open("if (b == null)");
        b.line("b = DEFAULT;");
        b.close();
        List<String> terms = new ArrayList<>();
        for (Field f : nestedKeys) {
            String n = JavaNames.identifier(f.name());
            String eq = vc.keyEquals(f.type(), "a." + n, "b." + n);
            terms.add(f.optional() ? "(a." + n + " == null || b." + n + " == null ? a." + n + " == b." + n + " : " + eq + ")"
                    : "(" + eq + ")");
        }
        b.line("return " + (terms.isEmpty() ? "true" : String.join("\n        && ", terms)) + ";");
        b.close();
        b.line("");
        b.line("/** A hash of the key members, consistent with {@link #equalKeys}. */");
        b.open("public static int hashKey(" + type + " v)");
        b.open("if (v == null)");
        b.line("v = DEFAULT;");
        b.close();
        b.line("int h = 17;");
        for (Field f : nestedKeys) {
            String n = "v." + JavaNames.identifier(f.name());
            String hash = vc.keyHashCode(f.type(), n);
            b.line("h = 31 * h + " + (f.optional() ? "(" + n + " == null ? 0 : " + hash + ")" : hash) + ";");
        }
        b.line("return h;");
        b.close();

        // ---- bodies
        StructBodies bodies = new StructBodies(s, vc, ctx);
        b.line("");
        b.open("private static void writeMembers(" + type + " v, " + out + " out)");
        bodies.write(b);
        b.close();
        b.line("");
        b.open("private static void readMembers(" + in + " in, " + type + " v)");
        bodies.read(b);
        b.close();
        b.line("");
        b.open("private static void copyMembers(" + type + " s, " + type + " t)");
        bodies.copy(all, false, b);
        b.close();
        b.line("");
        b.open("private static void copyKeyMembers(" + type + " s, " + type + " t)");
        bodies.copy(nestedKeys, true, b);
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
        file.line(" * XCDR1/XCDR2 type support of IDL struct {@code " + s.scopedName() + "} ("
                + s.extensibility().name().toLowerCase(java.util.Locale.ROOT) + (keyed ? ", keyed" : ", no key")
                + "), generated by sirocco-idl from {@code " + source + "}.");
        file.line(" */");
        file.open("public final class " + codec + " implements " + typeCodec + "<" + type + ">");
        file.append(b);
        file.close();
        return file.toString();
    }

    /** An {@code @Override public} method with a (possibly multi-line, possibly empty) body. */
    static void method(SourceBuilder b, String signature, String body) {
        b.line("");
        b.line("@Override");
        b.open("public " + signature);
        if (!body.isEmpty()) {
            b.line(body);
        }
        b.close();
    }
}
