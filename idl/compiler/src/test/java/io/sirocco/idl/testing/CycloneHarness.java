package io.sirocco.idl.testing;

import io.sirocco.idl.model.Declaration;
import io.sirocco.idl.model.IdlType;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Drives Cyclone DDS: {@code idlc} compiles the IDL corpus to C, {@code gcc} builds
 * {@code cyclone/harness.c} with a generated {@code fill.c} (the samples as C assignments) against
 * {@code libddsc}, and the program's output is parsed into the bytes Cyclone produced.
 */
public final class CycloneHarness {
    /** One type's samples: the Values to fill, by index. */
    public record Entry(Declaration type, List<Value> samples) {
    }

    /** What Cyclone printed: bytes by "type index what", and per-type errors. */
    public record Output(Map<String, byte[]> bytes, List<String> errors) {
        public byte[] get(String type, int index, String what) {
            return bytes.get(type + " " + index + " " + what);
        }
    }

    private CycloneHarness() {
    }

    /** Why Cyclone cannot be used here (a tool or the library is missing), or null when it can. */
    public static String unavailable() {
        for (String tool : List.of("idlc", "gcc")) {
            if (onPath(tool) == null) {
                return "'" + tool + "' is not on the PATH (Debian: apt-get install cyclonedds-tools cyclonedds-dev gcc)";
            }
        }
        if (!Files.isRegularFile(Path.of("/usr/include/dds/dds.h"))) {
            return "/usr/include/dds/dds.h is missing (Debian: apt-get install cyclonedds-dev)";
        }
        boolean lib = List.of("/usr/lib/x86_64-linux-gnu", "/usr/lib/aarch64-linux-gnu", "/usr/lib", "/usr/local/lib",
                "/usr/lib64").stream().anyMatch(d -> Files.exists(Path.of(d, "libddsc.so")));
        if (!lib) {
            return "libddsc.so is missing (Debian: apt-get install cyclonedds-dev)";
        }
        return null;
    }

    private static Path onPath(String tool) {
        String path = System.getenv("PATH");
        if (path == null) {
            return null;
        }
        for (String dir : path.split(java.io.File.pathSeparator)) {
            Path p = Path.of(dir, tool);
            if (Files.isExecutable(p)) {
                return p;
            }
        }
        return null;
    }

    /**
     * Runs Cyclone on {@code entries} whose types come from {@code idlFiles} (compiled with
     * {@code includeDir} on the include path), working in {@code work}.
     */
    public static Output run(List<Path> idlFiles, Path includeDir, List<Entry> entries, Path work)
            throws IOException, InterruptedException {
        Files.createDirectories(work);
        List<String> headers = new ArrayList<>();
        List<String> cFiles = new ArrayList<>();
        for (Path idl : idlFiles) {
            exec(work, List.of("idlc", "-Wno-implicit-extensibility", "-Wno-enum-consecutive", "-I", includeDir.toString(),
                    "-o", work.toString(), idl.toString()));
            String base = idl.getFileName().toString().replaceFirst("\\.idl$", "");
            headers.add(base + ".h");
            cFiles.add(work.resolve(base + ".c").toString());
        }
        Files.writeString(work.resolve("fill.c"), fillSource(headers, entries), StandardCharsets.UTF_8);
        Files.copy(CompiledIdl.resource("cyclone/harness.c"), work.resolve("harness.c"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        List<String> gcc = new ArrayList<>(List.of("gcc", "-O0", "-w", "-o", work.resolve("harness").toString(),
                work.resolve("harness.c").toString(), work.resolve("fill.c").toString()));
        gcc.addAll(cFiles);
        gcc.addAll(List.of("-I", work.toString(), "-lddsc"));
        exec(work, gcc);
        String out = exec(work, List.of(work.resolve("harness").toString()));
        Map<String, byte[]> bytes = new LinkedHashMap<>();
        List<String> errors = new ArrayList<>();
        for (String line : out.split("\n")) {
            if (line.startsWith("R ")) {
                String[] p = line.split(" ");
                bytes.put(p[1] + " " + p[2] + " " + p[3], p.length > 4 ? HexFormat.of().parseHex(p[4]) : new byte[0]);
            } else if (line.startsWith("E ") || line.startsWith("F ")) {
                errors.add(line);
            }
        }
        return new Output(bytes, errors);
    }

    private static String fillSource(List<String> headers, List<Entry> entries) {
        StringBuilder sb = new StringBuilder();
        sb.append("#include <stdlib.h>\n#include <string.h>\n#include <stdint.h>\n#include \"dds/dds.h\"\n");
        for (String h : headers) {
            sb.append("#include \"").append(h).append("\"\n");
        }
        sb.append("struct harness_entry { const char *name; const dds_topic_descriptor_t *desc; size_t size; int samples;"
                + " void (*fill) (void *sample, int index); };\n");
        for (int e = 0; e < entries.size(); e++) {
            Entry entry = entries.get(e);
            String c = CValues.cName(entry.type());
            sb.append("static void fill_").append(e).append(" (void *p, int index)\n{\n  ").append(c).append(" *s = p;\n");
            sb.append("  switch (index)\n  {\n");
            for (int i = 0; i < entry.samples().size(); i++) {
                StringBuilder body = new StringBuilder();
                CValues.assign(entry.samples().get(i), (IdlType) entry.type(), "(*s)", body);
                sb.append("  case ").append(i).append(":\n");
                for (String line : body.toString().split("\n")) {
                    if (!line.isEmpty()) {
                        sb.append("    ").append(line).append('\n');
                    }
                }
                sb.append("    break;\n");
            }
            sb.append("  }\n}\n");
        }
        sb.append("const struct harness_entry harness_entries[] = {\n");
        for (int e = 0; e < entries.size(); e++) {
            Entry entry = entries.get(e);
            String c = CValues.cName(entry.type());
            sb.append("  { \"").append(entry.type().scopedName()).append("\", &").append(c).append("_desc, sizeof (")
                    .append(c).append("), ").append(entry.samples().size()).append(", fill_").append(e).append(" },\n");
        }
        sb.append("};\nconst size_t harness_entry_count = ").append(entries.size()).append(";\n");
        return sb.toString();
    }

    private static String exec(Path dir, List<String> command) throws IOException, InterruptedException {
        Path log = Files.createTempFile(dir, "exec", ".log");
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IOException(String.join(" ", command) + " did not finish in 120 s");
        }
        String out = Files.readString(log, StandardCharsets.UTF_8);
        if (p.exitValue() != 0) {
            throw new IOException(command.getFirst() + " failed (exit " + p.exitValue() + "):\n"
                    + out.substring(0, Math.min(out.length(), 4000)));
        }
        return out;
    }
}
