package io.sirocco.idl;

import io.sirocco.idl.ast.Definition;
import io.sirocco.idl.diag.CompilationAborted;
import io.sirocco.idl.diag.Diagnostic;
import io.sirocco.idl.diag.Diagnostics;
import io.sirocco.idl.diag.SourcePosition;
import io.sirocco.idl.gen.GeneratedFile;
import io.sirocco.idl.gen.JavaGenerator;
import io.sirocco.idl.lex.Preprocessor;
import io.sirocco.idl.lex.Token;
import io.sirocco.idl.model.Declaration;
import io.sirocco.idl.model.Extensibility;
import io.sirocco.idl.model.Specification;
import io.sirocco.idl.parse.Parser;
import io.sirocco.idl.sema.Resolver;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The compiler as a library (the command line, the Maven plugin and tests use it): each IDL file is a
 * translation unit that is preprocessed, parsed, resolved and turned into Java. All the problems of
 * all files are collected; nothing is written unless every file compiled without error.
 */
public final class IdlCompiler {
    private final List<Path> includePath;
    private final Map<String, String> defines;
    private final String packagePrefix;
    private final Extensibility defaultExtensibility;

    /**
     * @param includePath folders searched by {@code #include}
     * @param defines macros defined up front (name to value; the value may be empty)
     * @param packagePrefix Java package put before every module ({@code ""} for none)
     * @param defaultExtensibility extensibility of structs and unions that declare none (Cyclone DDS: FINAL)
     */
    public IdlCompiler(List<Path> includePath, Map<String, String> defines, String packagePrefix,
            Extensibility defaultExtensibility) {
        this.includePath = List.copyOf(includePath);
        this.defines = Map.copyOf(defines);
        this.packagePrefix = packagePrefix;
        this.defaultExtensibility = defaultExtensibility;
    }

    /** A compiler with no include path, no macros, no package prefix and FINAL as default extensibility. */
    public IdlCompiler() {
        this(List.of(), Map.of(), "", Extensibility.FINAL);
    }

    /**
     * What a run produced.
     *
     * @param diagnostics errors and warnings, in the order found
     * @param specifications the resolved files (empty for files with errors)
     * @param files the generated sources (none when there were errors)
     * @param filesRead every IDL file read, includes too
     */
    public record Result(List<Diagnostic> diagnostics, List<Specification> specifications, List<GeneratedFile> files,
            Set<Path> filesRead) {

        /** Whether there was no error. */
        public boolean succeeded() {
            return diagnostics.stream().noneMatch(Diagnostic::isError);
        }

        /** The errors only. */
        public List<Diagnostic> errors() {
            return diagnostics.stream().filter(Diagnostic::isError).toList();
        }
    }

    /** Parses and resolves one file (and its includes); errors go to {@code diagnostics}. */
    public Specification analyze(Path file, Diagnostics diagnostics) {
        Preprocessor pp = new Preprocessor(diagnostics, includePath, defines);
        List<Token> tokens = pp.run(file);
        List<Definition> definitions = Parser.parse(tokens, diagnostics);
        List<Declaration> declarations = Resolver.resolve(definitions, diagnostics, defaultExtensibility);
        return new Specification(file, declarations, pp.filesRead());
    }

    /** Compiles {@code files} into Java sources held in memory. */
    public Result generate(List<Path> files) {
        List<Diagnostic> all = new ArrayList<>();
        List<Specification> specs = new ArrayList<>();
        Map<Path, GeneratedFile> generated = new LinkedHashMap<>();
        Set<Path> read = new LinkedHashSet<>();
        boolean failed = false;
        JavaGenerator generator = new JavaGenerator(packagePrefix);
        for (Path file : files) {
            Diagnostics d = new Diagnostics();
            try {
                Specification spec = analyze(file, d);
                read.addAll(spec.filesRead());
                if (!d.hasErrors()) {
                    List<GeneratedFile> out = generator.generate(spec, d);
                    specs.add(spec);
                    for (GeneratedFile g : out) {
                        GeneratedFile prior = generated.putIfAbsent(g.relativePath(), g);
                        if (prior != null && !prior.content().equals(g.content())) {
                            d.error(new SourcePosition(file.toString(), 1, 1), "generates " + g.relativePath()
                                    + " differently from an earlier file (the same type defined twice?)");
                        }
                    }
                }
            } catch (CompilationAborted e) {
                // the diagnostics say why
            }
            all.addAll(d.all());
            failed |= d.hasErrors();
        }
        return new Result(all, specs, failed ? List.of() : List.copyOf(generated.values()), read);
    }

    /**
     * Compiles {@code files} and writes the sources under {@code outputDir} (a file whose content is
     * unchanged is not rewritten, so its time stamp stays).
     *
     * @throws UncheckedIOException if a file cannot be written
     */
    public Result compile(List<Path> files, Path outputDir) {
        Result r = generate(files);
        for (GeneratedFile g : r.files()) {
            Path target = outputDir.resolve(g.relativePath());
            try {
                if (Files.isRegularFile(target) && Files.readString(target, StandardCharsets.UTF_8).equals(g.content())) {
                    continue;
                }
                Files.createDirectories(target.getParent() == null ? outputDir : target.getParent());
                Files.writeString(target, g.content(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write " + target + ": " + e.getMessage(), e);
            }
        }
        return r;
    }
}
