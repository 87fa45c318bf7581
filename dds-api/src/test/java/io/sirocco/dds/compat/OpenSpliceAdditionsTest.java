package io.sirocco.dds.compat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.omg.dds.core.ServiceEnvironment;

/**
 * dds-api declares every member that OpenSplice's Java 5 API adds to the OMG jar (the list in
 * {@code compat/opensplice-java5-additions.txt}, copied from the project's shared API notes), and
 * code written in OpenSplice style that calls each of them compiles against dds-api.
 */
class OpenSpliceAdditionsTest {

    @Test
    void everyListedOpenSpliceMemberIsDeclared() throws Exception {
        List<String> lines = resourceLines("compat/opensplice-java5-additions.txt").stream()
                .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        assertTrue(lines.size() >= 30, "expected the full additions list, got " + lines.size() + " lines");

        List<String> missing = new ArrayList<>();
        for (String line : lines) {
            int colon = line.indexOf(": ");
            String className = line.substring(0, colon);
            String wanted = line.substring(colon + 2);
            Class<?> type = Class.forName(className);
            if (!declares(type, wanted)) {
                missing.add(line + "\n    declared: " + Arrays.stream(type.getMethods())
                        .filter(m -> wanted.contains(" " + m.getName() + "("))
                        .map(OpenSpliceAdditionsTest::render).collect(Collectors.joining("\n              ")));
            }
        }
        assertEquals(List.of(), missing, "OpenSplice members missing from dds-api:\n" + String.join("\n", missing));
    }

    @Test
    void openSpliceStyleCodeCompilesAgainstDdsApi() throws Exception {
        String source = String.join("\n", resourceLines("compat/OpenSpliceStyleUsage.java"));
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        Path output = Files.createTempDirectory("opensplice-usage");
        Path api = Path.of(ServiceEnvironment.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        try (StandardJavaFileManager files = compiler.getStandardFileManager(diagnostics, null, StandardCharsets.UTF_8)) {
            JavaFileObject unit = new SimpleJavaFileObject(URI.create("string:///OpenSpliceStyleUsage.java"),
                    JavaFileObject.Kind.SOURCE) {
                @Override
                public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                    return source;
                }
            };
            List<String> options = List.of("-classpath", api.toString(), "-d", output.toString(), "-Xlint:none");
            boolean compiled = compiler.getTask(null, files, diagnostics, options, null, List.of(unit)).call();
            String report = diagnostics.getDiagnostics().stream()
                    .filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
                    .map(d -> "line " + d.getLineNumber() + ": " + d.getMessage(null))
                    .collect(Collectors.joining("\n"));
            assertTrue(compiled, "OpenSplice-style code does not compile against dds-api:\n" + report);
        }
        assertTrue(Files.exists(output.resolve("OpenSpliceStyleUsage.class")));
    }

    /** Whether {@code type} has a public method rendering as {@code wanted}, or a covariant one. */
    private static boolean declares(Class<?> type, String wanted) {
        for (Method method : type.getMethods()) {
            if (method.isBridge() || method.isSynthetic()) {
                continue;
            }
            String rendered = render(method);
            if (rendered.equals(wanted)) {
                return true;
            }
            // Where OpenSplice and the OMG jar disagree on a return type, the OMG jar's more
            // specific type serves both (e.g. Sample.getInstanceHandle()).
            String withoutReturn = rendered.substring(rendered.indexOf(' ' + method.getName() + '('));
            if (wanted.endsWith(withoutReturn)
                    && isSubtypeNamed(method.getReturnType(), returnType(wanted, method.getName()))) {
                return true;
            }
        }
        return false;
    }

    /** The list's format: modifiers, type parameters, types without package, varargs as "...". */
    static String render(Method method) {
        StringBuilder text = new StringBuilder(Modifier.toString(method.getModifiers()
                & (Modifier.PUBLIC | Modifier.ABSTRACT | Modifier.STATIC | Modifier.FINAL)));
        if (method.getTypeParameters().length > 0) {
            text.append(Arrays.stream(method.getTypeParameters()).map(Type::getTypeName)
                    .collect(Collectors.joining(", ", " <", ">")));
        }
        text.append(' ').append(simple(method.getGenericReturnType().getTypeName()))
                .append(' ').append(method.getName()).append('(');
        Type[] parameters = method.getGenericParameterTypes();
        for (int i = 0; i < parameters.length; i++) {
            String name = simple(parameters[i].getTypeName());
            if (method.isVarArgs() && i == parameters.length - 1) {
                name = name.substring(0, name.length() - 2) + "...";
            }
            text.append(i == 0 ? "" : ", ").append(name);
        }
        return text.append(')').toString();
    }

    private static String simple(String typeName) {
        return typeName.replaceAll("\\b(?:[a-z][a-z0-9_]*\\.)+(?=[A-Z])", "");
    }

    private static String returnType(String wanted, String methodName) {
        String head = wanted.substring(0, wanted.indexOf(' ' + methodName + '('));
        return head.substring(head.lastIndexOf(' ') + 1);
    }

    private static boolean isSubtypeNamed(Class<?> type, String simpleName) {
        Deque<Class<?>> pending = new ArrayDeque<>(List.of(type));
        Set<Class<?>> seen = new HashSet<>();
        while (!pending.isEmpty()) {
            Class<?> next = pending.pop();
            if (next == null || !seen.add(next)) {
                continue;
            }
            if (simple(next.getName()).equals(simpleName)) {
                return true;
            }
            pending.push(next.getSuperclass());
            pending.addAll(Arrays.asList(next.getInterfaces()));
        }
        return false;
    }

    private static List<String> resourceLines(String name) throws IOException {
        try (InputStream in = OpenSpliceAdditionsTest.class.getClassLoader().getResourceAsStream(name)) {
            assertTrue(in != null, "missing test resource " + name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
    }
}
