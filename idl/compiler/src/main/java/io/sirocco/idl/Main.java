package io.sirocco.idl;

import io.sirocco.idl.diag.Diagnostic;
import io.sirocco.idl.model.Extensibility;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code sirocco-idl [-I dir]... [-d outdir] file.idl...}: compiles IDL to Java for Sirocco. Problems
 * are printed as {@code file:line:col: message}; the exit status is 0 on success, 1 when the IDL has
 * errors, 2 for a bad command line and 3 when the output cannot be written.
 */
@Command(name = "sirocco-idl", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Compiles IDL 4 data types to Java classes with XCDR type support for Sirocco DDS.",
        sortOptions = false)
public final class Main implements Callable<Integer> {

    @Option(names = "-I", paramLabel = "dir", description = "Add a folder to the #include search path.")
    private List<Path> includes = new ArrayList<>();

    @Option(names = "-d", paramLabel = "outdir", description = "Where to write the Java sources (default: .).")
    private Path output = Path.of(".");

    @Option(names = "-D", paramLabel = "name[=value]", description = "Define a preprocessor macro.")
    private List<String> defines = new ArrayList<>();

    @Option(names = {"-p", "--package"}, paramLabel = "prefix",
            description = "Java package to put before every module (default: none, modules are packages).")
    private String packagePrefix = "";

    @Option(names = {"-x", "--default-extensibility"}, paramLabel = "final|appendable|mutable",
            description = "Extensibility of types that declare none (default: final, as Cyclone DDS).")
    private String defaultExtensibility = "final";

    @Option(names = {"-q", "--quiet"}, description = "Print errors and warnings only.")
    private boolean quiet;

    @Parameters(arity = "1..*", paramLabel = "file.idl", description = "The IDL files to compile.")
    private List<Path> files = new ArrayList<>();

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns the exit status (for tests and embedding). */
    public static int run(String... args) {
        CommandLine cl = new CommandLine(new Main());
        cl.setExecutionExceptionHandler((e, line, parsed) -> {
            line.getErr().println("sirocco-idl: " + (e instanceof UncheckedIOException u ? u.getMessage()
                    : "internal error: " + e));
            return 3;
        });
        return cl.execute(args);
    }

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter out = spec.commandLine().getOut();
        Extensibility ext;
        try {
            ext = Extensibility.valueOf(defaultExtensibility.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--default-extensibility must be final, appendable or mutable, not " + defaultExtensibility);
        }
        Map<String, String> macros = new LinkedHashMap<>();
        for (String d : defines) {
            int eq = d.indexOf('=');
            macros.put(eq < 0 ? d : d.substring(0, eq), eq < 0 ? "1" : d.substring(eq + 1));
        }
        IdlCompiler compiler = new IdlCompiler(includes, macros, packagePrefix, ext);
        IdlCompiler.Result result = compiler.compile(files, output);
        for (Diagnostic d : result.diagnostics()) {
            err.println(d);
        }
        err.flush();
        if (!result.succeeded()) {
            int n = result.errors().size();
            err.println(n + (n == 1 ? " error" : " errors"));
            return 1;
        }
        if (!quiet) {
            out.println("sirocco-idl: " + result.files().size() + " Java files in " + output);
        }
        return 0;
    }

    /** The version printed by {@code --version}. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Main.class.getPackage().getImplementationVersion();
            return new String[] {"sirocco-idl " + (v == null ? "(development build)" : v)};
        }
    }
}
