package io.sirocco.idl.gen;

import io.sirocco.idl.diag.Diagnostics;
import io.sirocco.idl.model.ArrayType;
import io.sirocco.idl.model.BitmaskType;
import io.sirocco.idl.model.ConstantDecl;
import io.sirocco.idl.model.Declaration;
import io.sirocco.idl.model.EnumType;
import io.sirocco.idl.model.Field;
import io.sirocco.idl.model.IdlType;
import io.sirocco.idl.model.SequenceType;
import io.sirocco.idl.model.Specification;
import io.sirocco.idl.model.StructType;
import io.sirocco.idl.model.UnionType;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns a resolved {@link Specification} into Java sources: per struct and union a class and a
 * {@code <Name>Codec}; per enum, bitmask and constant one file. Typedefs produce nothing (their uses
 * name the underlying type). Reports Java-level clashes (a codec name taken by another type, a
 * type in the default package used from a module) as errors at the IDL declaration.
 */
public final class JavaGenerator {
    private final JavaNames names;

    /** @param packagePrefix a Java package put before every module ({@code ""} for none) */
    public JavaGenerator(String packagePrefix) {
        this.names = new JavaNames(packagePrefix);
    }

    /** The generated files; an error in {@code diagnostics} means some are missing. */
    public List<GeneratedFile> generate(Specification spec, Diagnostics diagnostics) {
        List<Declaration> decls = spec.declarations().stream()
                .filter(d -> !(d instanceof io.sirocco.idl.model.AliasDecl)).toList();
        Map<String, Set<String>> packageTypes = new HashMap<>();
        Map<String, Declaration> classes = new HashMap<>();
        for (Declaration d : decls) {
            String pkg = names.packageOf(d);
            List<String> simple = new ArrayList<>();
            simple.add(names.simpleName(d));
            if (d instanceof StructType || d instanceof UnionType) {
                simple.add(names.simpleName(d) + "Codec");
            }
            for (String s : simple) {
                Declaration prior = classes.putIfAbsent(pkg + "." + s, d);
                if (prior != null && prior != d) {
                    diagnostics.error(d.position(), "Java class " + (pkg.isEmpty() ? "" : pkg + ".") + s + " of "
                            + d.scopedName() + " collides with the one of " + prior.scopedName() + " declared at "
                            + prior.position());
                }
                packageTypes.computeIfAbsent(pkg, k -> new HashSet<>()).add(s);
            }
        }
        checkDefaultPackageUses(decls, diagnostics);
        if (diagnostics.hasErrors()) {
            return List.of();
        }
        List<GeneratedFile> out = new ArrayList<>();
        for (Declaration d : decls) {
            String pkg = names.packageOf(d);
            Set<String> types = packageTypes.getOrDefault(pkg, Set.of());
            String source = fileName(d);
            Path dir = pkg.isEmpty() ? Path.of("") : Path.of(pkg.replace('.', '/'));
            String simple = names.simpleName(d);
            switch (d) {
                case StructType s -> {
                    out.add(file(dir, simple, StructClassWriter.write(s, new FileContext(names, pkg, types), source)));
                    out.add(file(dir, simple + "Codec", StructCodecWriter.write(s, new FileContext(names, pkg, types), source)));
                }
                case UnionType u -> {
                    out.add(file(dir, simple, UnionClassWriter.write(u, new FileContext(names, pkg, types), source)));
                    out.add(file(dir, simple + "Codec", UnionCodecWriter.write(u, new FileContext(names, pkg, types), source)));
                }
                case EnumType e -> out.add(file(dir, simple,
                        SimpleTypeWriter.enumeration(e, new FileContext(names, pkg, types), source)));
                case BitmaskType m -> out.add(file(dir, simple,
                        SimpleTypeWriter.bitmask(m, new FileContext(names, pkg, types), source)));
                case ConstantDecl c -> out.add(file(dir, simple,
                        SimpleTypeWriter.constant(c, new FileContext(names, pkg, types), source)));
                default -> {
                }
            }
        }
        return out;
    }

    private static GeneratedFile file(Path dir, String simple, String content) {
        return new GeneratedFile(dir.resolve(simple + ".java"), content);
    }

    private static String fileName(Declaration d) {
        Path p = Path.of(d.position().file()).getFileName();
        return p == null ? d.position().file() : p.toString();
    }

    /** Java cannot name a default-package class from a named package: report such uses. */
    private void checkDefaultPackageUses(List<Declaration> decls, Diagnostics diagnostics) {
        for (Declaration d : decls) {
            if (names.packageOf(d).isEmpty()) {
                continue;
            }
            List<IdlType> used = new ArrayList<>();
            switch (d) {
                case StructType s -> {
                    if (s.base() != null) {
                        used.add(s.base());
                    }
                    s.ownFields().stream().map(Field::type).forEach(used::add);
                }
                case UnionType u -> {
                    used.add(u.discriminator());
                    u.cases().forEach(c -> used.add(c.type()));
                }
                case ConstantDecl c -> used.add(c.type());
                default -> {
                }
            }
            for (IdlType t : used) {
                Declaration target = declared(t);
                if (target != null && names.packageOf(target).isEmpty()) {
                    diagnostics.error(d.position(), d.scopedName() + " uses " + target.scopedName()
                            + ", which is outside any module; Java cannot refer to the default package from package "
                            + names.packageOf(d) + " (put it in a module, or give a package prefix with -p)");
                }
            }
        }
    }

    private static Declaration declared(IdlType t) {
        return switch (t) {
            case SequenceType s -> declared(s.element());
            case ArrayType a -> declared(a.element());
            case Declaration d -> d;
            default -> null;
        };
    }
}
