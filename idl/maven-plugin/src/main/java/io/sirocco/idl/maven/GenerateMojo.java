package io.sirocco.idl.maven;

import io.sirocco.idl.IdlCompiler;
import io.sirocco.idl.diag.Diagnostic;
import io.sirocco.idl.gen.GeneratedFile;
import io.sirocco.idl.model.Extensibility;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * Compiles the IDL files under {@code src/main/idl} to Java sources in
 * {@code target/generated-sources/idl}, which becomes a compile source root. Incremental: when no IDL
 * file (includes too) changed since the last successful run and the settings are the same, nothing is
 * compiled. IDL errors fail the build with {@code file:line:col: message} lines.
 */
@Mojo(name = "generate", defaultPhase = LifecyclePhase.GENERATE_SOURCES, threadSafe = true)
public final class GenerateMojo extends AbstractMojo {

    /** Where the IDL files are; also searched by {@code #include}. */
    @Parameter(defaultValue = "${project.basedir}/src/main/idl", property = "sirocco.idl.sourceDirectory")
    private File sourceDirectory;

    /** Glob patterns, relative to the source folder, of the files to compile. */
    @Parameter
    private List<String> includes = new ArrayList<>(List.of("**/*.idl"));

    /** Glob patterns of files not to compile (e.g. files meant only to be included). */
    @Parameter
    private List<String> excludes = new ArrayList<>();

    /** More folders searched by {@code #include}, after the source folder. */
    @Parameter
    private List<File> includeDirectories = new ArrayList<>();

    /** Preprocessor macros. */
    @Parameter
    private Map<String, String> defines = new TreeMap<>();

    /** Java package put before every module. */
    @Parameter(defaultValue = "", property = "sirocco.idl.packagePrefix")
    private String packagePrefix = "";

    /** Extensibility of types that declare none: final (as Cyclone DDS), appendable or mutable. */
    @Parameter(defaultValue = "final")
    private String defaultExtensibility = "final";

    /** Where the Java sources go. */
    @Parameter(defaultValue = "${project.build.directory}/generated-sources/idl")
    private File outputDirectory;

    /** Skips the goal. */
    @Parameter(defaultValue = "false", property = "sirocco.idl.skip")
    private boolean skip;

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    private MavenProject project;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("sirocco-idl: skipped");
            return;
        }
        Path source = sourceDirectory.toPath();
        if (!Files.isDirectory(source)) {
            getLog().info("sirocco-idl: no IDL folder " + source);
            return;
        }
        Path output = outputDirectory.toPath();
        project.addCompileSourceRoot(output.toString());
        List<Path> files;
        try {
            files = select(source);
        } catch (IOException e) {
            throw new MojoExecutionException("cannot list " + source + ": " + e.getMessage(), e);
        }
        if (files.isEmpty()) {
            getLog().info("sirocco-idl: no IDL files in " + source);
            return;
        }
        Extensibility ext;
        try {
            ext = Extensibility.valueOf(defaultExtensibility.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException("defaultExtensibility must be final, appendable or mutable, not "
                    + defaultExtensibility);
        }
        List<Path> includePath = new ArrayList<>();
        includePath.add(source);
        includeDirectories.forEach(f -> includePath.add(f.toPath()));
        String settings = "prefix=" + packagePrefix + " ext=" + ext + " defines=" + new TreeMap<>(defines)
                + " include=" + includePath + " out=" + output.toAbsolutePath().normalize();
        IncrementalBuild state = new IncrementalBuild(Path.of(project.getBuild().getDirectory(), "sirocco-idl", "state.txt"));
        try {
            if (state.upToDate(settings, files)) {
                getLog().info("sirocco-idl: " + files.size() + " IDL files are up to date");
                return;
            }
            IdlCompiler.Result result = new IdlCompiler(includePath, defines, packagePrefix, ext).compile(files, output);
            for (Diagnostic d : result.diagnostics()) {
                if (d.isError()) {
                    getLog().error(d.toString());
                } else {
                    getLog().warn(d.toString());
                }
            }
            if (!result.succeeded()) {
                state.forget();
                int n = result.errors().size();
                throw new MojoFailureException("sirocco-idl: " + n + (n == 1 ? " error" : " errors") + " in the IDL files");
            }
            Set<Path> outputs = new LinkedHashSet<>();
            for (GeneratedFile g : result.files()) {
                outputs.add(output.resolve(g.relativePath()).toAbsolutePath().normalize());
            }
            Set<Path> inputs = new LinkedHashSet<>(result.filesRead());
            files.forEach(f -> inputs.add(f.toAbsolutePath().normalize()));
            state.record(settings, inputs, outputs);
            getLog().info("sirocco-idl: " + files.size() + " IDL files compiled, " + outputs.size() + " Java files in "
                    + output);
        } catch (IOException | UncheckedIOException e) {
            throw new MojoExecutionException("sirocco-idl: " + e.getMessage(), e);
        }
    }

    private List<Path> select(Path root) throws IOException {
        List<PathMatcher> in = includes.stream().map(g -> FileSystems.getDefault().getPathMatcher("glob:" + g)).toList();
        List<PathMatcher> out = excludes.stream().map(g -> FileSystems.getDefault().getPathMatcher("glob:" + g)).toList();
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).filter(p -> {
                Path rel = root.relativize(p);
                return matches(in, rel) && !matches(out, rel);
            }).sorted().toList();
        }
    }

    /** Whether a glob matches; {@code **}{@code /x} also matches {@code x} at the top. */
    private static boolean matches(List<PathMatcher> matchers, Path rel) {
        for (PathMatcher m : matchers) {
            if (m.matches(rel) || m.matches(Path.of("_").resolve(rel))) {
                return true;
            }
        }
        return false;
    }
}
