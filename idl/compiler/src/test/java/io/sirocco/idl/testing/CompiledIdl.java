package io.sirocco.idl.testing;

import io.sirocco.dcps.type.TypeCodec;
import io.sirocco.dcps.type.TypeCodecs;
import io.sirocco.idl.IdlCompiler;
import io.sirocco.idl.diag.Diagnostic;
import io.sirocco.idl.gen.GeneratedFile;
import io.sirocco.idl.gen.JavaNames;
import io.sirocco.idl.model.Declaration;
import io.sirocco.idl.model.Extensibility;
import io.sirocco.idl.model.Specification;
import io.sirocco.idl.model.StructType;
import io.sirocco.idl.model.UnionType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import javax.tools.Diagnostic.Kind;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * IDL test resources compiled the whole way: sirocco-idl generates Java, javac compiles it against
 * dds-api and dcps-core, and a class loader (child of the test's) loads it, so that the generated
 * codecs are found by {@link TypeCodecs} as in an application. Cached per set of resources.
 */
public final class CompiledIdl {
    private static final Map<String, CompiledIdl> CACHE = new ConcurrentHashMap<>();

    private final List<Specification> specifications;
    private final ClassLoader loader;
    private final Path classes;
    private final Map<String, Declaration> byScopedName = new LinkedHashMap<>();

    private CompiledIdl(List<Specification> specifications, ClassLoader loader, Path classes) {
        this.specifications = specifications;
        this.loader = loader;
        this.classes = classes;
        for (Specification s : specifications) {
            for (Declaration d : s.declarations()) {
                byScopedName.putIfAbsent(d.scopedName(), d);
            }
        }
    }

    /** The test resources under {@code folder} (e.g. {@code corpus}) ending in {@code .idl}, compiled. */
    public static CompiledIdl folder(String folder) {
        return CACHE.computeIfAbsent("dir:" + folder, k -> compile(idlFiles(folder), Extensibility.FINAL));
    }

    /** Named test resources, compiled. */
    public static CompiledIdl of(String... resources) {
        return CACHE.computeIfAbsent(String.join(",", resources),
                k -> compile(Arrays.stream(resources).map(CompiledIdl::resource).toList(), Extensibility.FINAL));
    }

    /** The IDL files of a test resource folder, sorted. */
    public static List<Path> idlFiles(String folder) {
        try (var files = Files.list(resource(folder))) {
            return files.filter(p -> p.toString().endsWith(".idl")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The file of a test resource. */
    public static Path resource(String name) {
        URL url = CompiledIdl.class.getClassLoader().getResource(name);
        if (url == null) {
            throw new IllegalArgumentException("no test resource " + name);
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static CompiledIdl compile(List<Path> idl, Extensibility ext) {
        try {
            IdlCompiler.Result result = new IdlCompiler(List.of(idl.getFirst().getParent()), Map.of(), "", ext).generate(idl);
            if (!result.succeeded()) {
                throw new IllegalStateException("IDL errors:\n" + result.diagnostics().stream().map(Diagnostic::toString)
                        .collect(Collectors.joining("\n")));
            }
            Path dir = Files.createTempDirectory("sirocco-idl-test");
            Path src = dir.resolve("src");
            Path classes = dir.resolve("classes");
            List<Path> sources = new ArrayList<>();
            for (GeneratedFile g : result.files()) {
                Path f = src.resolve(g.relativePath());
                Files.createDirectories(f.getParent());
                Files.writeString(f, g.content(), StandardCharsets.UTF_8);
                sources.add(f);
            }
            Files.createDirectories(classes);
            javac(sources, classes);
            URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()},
                    CompiledIdl.class.getClassLoader());
            return new CompiledIdl(result.specifications(), loader, classes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The folder of the compiled generated classes. */
    public Path classes() {
        return classes;
    }

    /** Compiles generated sources against dds-api and dcps-core; fails with javac's messages. */
    public static void javac(List<Path> sources, Path classes) throws IOException {
        javac(sources, classes, List.of());
    }

    /** Like {@link #javac(List, Path)}, with more class path entries. */
    public static void javac(List<Path> sources, Path classes, List<Path> moreClassPath) throws IOException {
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        StringBuilder classPath = new StringBuilder(location(TypeCodec.class) + java.io.File.pathSeparator
                + location(org.omg.dds.type.Key.class));
        moreClassPath.forEach(p -> classPath.append(java.io.File.pathSeparator).append(p));
        try (StandardJavaFileManager files = compiler.getStandardFileManager(diagnostics, null, StandardCharsets.UTF_8)) {
            List<String> options = List.of("-classpath", classPath.toString(), "-d", classes.toString(), "-Xlint:all",
                    "-Werror", "-proc:none", "-encoding", "UTF-8");
            boolean ok = compiler.getTask(null, files, diagnostics, options, null,
                    files.getJavaFileObjectsFromPaths(sources)).call();
            if (!ok) {
                String report = diagnostics.getDiagnostics().stream().filter(d -> d.getKind() == Kind.ERROR
                                || d.getKind() == Kind.WARNING || d.getKind() == Kind.MANDATORY_WARNING)
                        .limit(30).map(d -> d.getSource().getName() + ":" + d.getLineNumber() + ": " + d.getMessage(null))
                        .collect(Collectors.joining("\n"));
                throw new IllegalStateException("generated code does not compile cleanly:\n" + report);
            }
        }
    }

    private static String location(Class<?> c) {
        try {
            return Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    public List<Specification> specifications() {
        return specifications;
    }

    /** Every struct and union, in source order (each once, even when several files include it). */
    public List<Declaration> aggregates() {
        return byScopedName.values().stream().filter(d -> d instanceof StructType || d instanceof UnionType).toList();
    }

    /** The declaration named {@code A::B}. */
    public Declaration declaration(String scopedName) {
        Declaration d = byScopedName.get(scopedName);
        if (d == null) {
            throw new IllegalArgumentException("no declaration " + scopedName);
        }
        return d;
    }

    /** The generated Java class of a declaration. */
    public Class<?> javaClass(Declaration d) {
        try {
            return Class.forName(new JavaNames("").qualifiedName(d), true, loader);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    public Class<?> javaClass(String scopedName) {
        return javaClass(declaration(scopedName));
    }

    /** The codec {@link TypeCodecs} finds for the generated class. */
    @SuppressWarnings("unchecked")
    public TypeCodec<Object> codec(Declaration d) {
        return (TypeCodec<Object>) TypeCodecs.forClass(javaClass(d));
    }

    public ClassLoader loader() {
        return loader;
    }
}
