package io.sirocco.idl.gen;

import io.sirocco.idl.model.ConstValue;
import io.sirocco.idl.model.EnumType;
import io.sirocco.idl.model.Extensibility;
import io.sirocco.idl.model.IdlType;
import io.sirocco.idl.model.PrimitiveType;
import io.sirocco.idl.model.UnionType;
import java.util.ArrayList;
import java.util.List;

/**
 * The Java class of an IDL union, in the IDL-to-Java shape OpenSplice code expects:
 * {@code discriminator()}, a getter and setters per branch ({@code x()}, {@code x(value)},
 * {@code x(discriminator, value)}), {@code __default()} where the labels leave a value free, plus
 * {@code equals}, {@code hashCode} and {@code toString}. The discriminator and branch values live in
 * package-private fields ({@code _d}, {@code __name}) that the codec next to it reads directly.
 */
final class UnionClassWriter {
    private UnionClassWriter() {
    }

    /** The field holding a case's value. */
    static String field(UnionType.Case c) {
        return "__" + c.name();
    }

    static String write(UnionType u, FileContext ctx, String source) {
        ValueCode vc = new ValueCode(ctx);
        String name = ctx.names().simpleName(u);
        String disc = ctx.type(u.discriminator());
        String ise = ctx.lang("IllegalStateException");
        String iae = ctx.lang("IllegalArgumentException");
        UnionType.Case initialCase = u.caseFor(u.initialDiscriminator());
        SourceBuilder b = SourceBuilder.classBody();
        b.line("");
        b.line(disc + " _d = " + Literals.of(u.initialDiscriminator(), u.discriminator(), ctx) + ";");
        for (UnionType.Case c : u.cases()) {
            IdlType t = c.type();
            boolean cheap = FileContext.isJavaPrimitive(t) || t instanceof EnumType
                    || t instanceof io.sirocco.idl.model.StringType;
            String init = cheap || c == initialCase ? " = " + StructClassWriter.initialValue(
                    new io.sirocco.idl.model.Field(c.name(), t, 0, false, false, false, null, c.position()), vc, ctx) : "";
            b.line(ctx.type(t) + " " + field(c) + init + ";");
        }
        b.line("");
        b.line("/** A union whose discriminator is the default value of its type. */");
        b.open("public " + name + "()");
        b.close();
        b.line("");
        b.line("/** The discriminator, which selects the member that holds the value. */");
        b.open("public " + disc + " discriminator()");
        b.line("return _d;");
        b.close();
        for (UnionType.Case c : u.cases()) {
            String n = JavaNames.identifier(c.name());
            String t = ctx.type(c.type());
            String f = field(c);
            b.line("");
            b.line("/** The value of member {@code " + c.name() + "}; the discriminator must select it. */");
            b.open("public " + t + " " + n + "()");
            b.open("if (__branch(_d) != " + c.index() + ")");
            b.line("throw new " + ise + "(\"" + name + "." + c.name() + " is not selected by discriminator \" + _d);");
            b.close();
            b.line("return " + f + ";");
            b.close();
            ConstValue label = !c.labels().isEmpty() ? c.labels().getFirst() : u.unusedDiscriminator();
            if (label != null) {
                b.line("");
                b.line("/** Selects member {@code " + c.name() + "} (discriminator " + describe(label, u) + ") with {@code value}. */");
                b.open("public void " + n + "(" + t + " value)");
                b.line("_d = " + Literals.of(label, u.discriminator(), ctx) + ";");
                b.line(f + " = value;");
                b.close();
            }
            b.line("");
            b.line("/** Selects member {@code " + c.name() + "} with {@code value} and a discriminator that selects it. */");
            b.open("public void " + n + "(" + disc + " discriminator, " + t + " value)");
            b.open("if (__branch(discriminator) != " + c.index() + ")");
            b.line("throw new " + iae + "(\"discriminator \" + discriminator + \" does not select " + name + "."
                    + c.name() + "\");");
            b.close();
            b.line("_d = discriminator;");
            b.line(f + " = value;");
            b.close();
        }
        if (u.defaultCase() == null && u.unusedDiscriminator() != null) {
            b.line("");
            b.line("/** Selects no member: the discriminator becomes " + describe(u.unusedDiscriminator(), u)
                    + ", which no label names. */");
            b.open("public void __default()");
            b.line("_d = " + Literals.of(u.unusedDiscriminator(), u.discriminator(), ctx) + ";");
            b.close();
            b.line("");
            b.line("/** Selects no member, with a discriminator that no label names. */");
            b.open("public void __default(" + disc + " discriminator)");
            b.open("if (__branch(discriminator) != -1)");
            b.line("throw new " + iae + "(\"discriminator \" + discriminator + \" selects a member of " + name + "\");");
            b.close();
            b.line("_d = discriminator;");
            b.close();
        }
        branchMethod(u, ctx, disc, b);
        equalsHashToString(u, name, vc, ctx, b);
        if (vc.hasHelpers()) {
            b.line("");
            b.line(vc.helpers());
        }

        SourceBuilder file = new SourceBuilder();
        file.line(StructClassWriter.header(source) + ctx.packageLine().stripTrailing());
        if (!ctx.packageLine().isEmpty()) {
            file.line("");
        }
        String imports = ctx.importBlock();
        if (!imports.isEmpty()) {
            file.line(imports);
        }
        file.line("/**");
        file.line(" * IDL union {@code " + u.scopedName() + "} (discriminator " + u.discriminator().describe()
                + "), generated by sirocco-idl from {@code " + source + "}.");
        file.line(" * Serialized by {@link " + name + "Codec}.");
        file.line(" */");
        if (u.extensibility() == Extensibility.APPENDABLE) {
            file.line("@org.omg.dds.type.Extensibility(org.omg.dds.type.Extensibility.Kind.EXTENSIBLE_EXTENSIBILITY)");
        }
        file.open("public final class " + name);
        file.append(b);
        file.close();
        return file.toString();
    }

    private static String describe(ConstValue v, UnionType u) {
        return switch (v) {
            case ConstValue.Int i -> i.value().toString();
            case ConstValue.Bool x -> x.value() ? "TRUE" : "FALSE";
            case ConstValue.Char c -> c.value() >= 0x20 && c.value() < 0x7F && c.value() != '}' && c.value() != '{'
                    && c.value() != '@' && c.value() != '*' ? "'" + c.value() + "'" : "U+" + Integer.toHexString(c.value());
            case ConstValue.Enumerator e -> e.literal().name();
            default -> String.valueOf(v);
        };
    }

    /** {@code static int __branch(d)}: the index of the case {@code d} selects, or -1. */
    private static void branchMethod(UnionType u, FileContext ctx, String disc, SourceBuilder b) {
        UnionType.Case dflt = u.defaultCase();
        int fallback = dflt == null ? -1 : dflt.index();
        b.line("");
        b.line("/** The index of the member {@code d} selects (declaration order), or -1 for none. */");
        b.open("static int __branch(" + disc + " d)");
        IdlType t = u.discriminator();
        boolean chain = t == PrimitiveType.INT64 || t == PrimitiveType.UINT64 || t == PrimitiveType.BOOLEAN;
        if (chain) {
            for (UnionType.Case c : u.cases()) {
                if (c.labels().isEmpty()) {
                    continue;
                }
                List<String> tests = new ArrayList<>();
                for (ConstValue l : c.labels()) {
                    tests.add("d == " + Literals.of(l, t, ctx));
                }
                b.open("if (" + String.join(" || ", tests) + ")");
                b.line("return " + c.index() + ";");
                b.close();
            }
            b.line("return " + fallback + ";");
        } else {
            b.open("return switch (d)");
            for (UnionType.Case c : u.cases()) {
                if (c.labels().isEmpty()) {
                    continue;
                }
                List<String> labels = new ArrayList<>();
                for (ConstValue l : c.labels()) {
                    labels.add(Literals.of(l, t, ctx));
                }
                b.line("case " + String.join(", ", labels) + " -> " + c.index() + ";");
            }
            b.line("default -> " + fallback + ";");
            b.close(";");
        }
        b.close();
    }

    private static void equalsHashToString(UnionType u, String name, ValueCode vc, FileContext ctx, SourceBuilder b) {
        b.line("");
        b.line("@Override");
        b.open("public boolean equals(" + ctx.lang("Object") + " o)");
        b.open("if (this == o)");
        b.line("return true;");
        b.close();
        b.open("if (!(o instanceof " + name + " that) || that._d != _d)");
        b.line("return false;");
        b.close();
        b.open("return switch (__branch(_d))");
        for (UnionType.Case c : u.cases()) {
            io.sirocco.idl.model.Field f = asField(c);
            b.line("case " + c.index() + " -> " + StructClassWriter.equalTerm(f, "this." + field(c), "that." + field(c), vc) + ";");
        }
        b.line("default -> true;");
        b.close(";");
        b.close();
        b.line("");
        b.line("@Override");
        b.open("public int hashCode()");
        String discHash = u.discriminator() instanceof EnumType ? "_d.hashCode()"
                : vc.keyHashCode(u.discriminator(), "_d");
        b.open("int value = switch (__branch(_d))");
        for (UnionType.Case c : u.cases()) {
            b.line("case " + c.index() + " -> " + StructClassWriter.hashTerm(asField(c), field(c), vc, ctx) + ";");
        }
        b.line("default -> 0;");
        b.close(";");
        b.line("return 31 * " + discHash + " + value;");
        b.close();
        b.line("");
        b.line("@Override");
        b.open("public " + ctx.lang("String") + " toString()");
        b.open(ctx.lang("String") + " value = switch (__branch(_d))");
        for (UnionType.Case c : u.cases()) {
            IdlType t = c.type();
            String v = t instanceof io.sirocco.idl.model.SequenceType || t instanceof io.sirocco.idl.model.ArrayType
                    ? vc.arrayToString(t, field(c)) : ctx.lang("String") + ".valueOf(" + field(c) + ")";
            b.line("case " + c.index() + " -> \", " + c.name() + "=\" + " + v + ";");
        }
        b.line("default -> \"\";");
        b.close(";");
        b.line("return \"" + name + "{_d=\" + _d + value + \"}\";");
        b.close();
    }

    static io.sirocco.idl.model.Field asField(UnionType.Case c) {
        return new io.sirocco.idl.model.Field(c.name(), c.type(), 0, false, false, false, null, c.position());
    }
}
