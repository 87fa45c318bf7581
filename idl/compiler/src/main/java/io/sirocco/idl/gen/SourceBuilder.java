package io.sirocco.idl.gen;

/**
 * Builds Java source text with four-space indentation: {@link #open} ends a line with {@code " {"} and
 * indents, {@link #close} outdents and writes {@code "}"}. Multi-line strings are indented line by line.
 */
final class SourceBuilder {
    private final StringBuilder sb = new StringBuilder();
    private int indent;

    SourceBuilder() {
    }

    /** A builder for the members of a class: one level of indentation. */
    static SourceBuilder classBody() {
        SourceBuilder b = new SourceBuilder();
        b.indent = 1;
        return b;
    }

    /** Writes {@code text}, one line per line of it (an empty string writes an empty line). */
    SourceBuilder line(String text) {
        if (text.isEmpty()) {
            sb.append('\n');
            return this;
        }
        for (String l : text.split("\n", -1)) {
            if (l.isEmpty()) {
                sb.append('\n');
            } else {
                sb.append("    ".repeat(indent)).append(l).append('\n');
            }
        }
        return this;
    }

    /** Writes {@code header + " {"} and indents. */
    SourceBuilder open(String header) {
        line(header + " {");
        indent++;
        return this;
    }

    /** Outdents and writes {@code "}" + trailer}. */
    SourceBuilder close(String trailer) {
        indent--;
        line("}" + trailer);
        return this;
    }

    SourceBuilder close() {
        return close("");
    }

    /** Outdents, writes {@code "} " + header + " {"} and indents again ({@code else}, {@code catch}). */
    SourceBuilder reopen(String header) {
        indent--;
        line("} " + header + " {");
        indent++;
        return this;
    }

    /** Appends the already indented text of another builder. */
    SourceBuilder append(SourceBuilder other) {
        sb.append(other.sb);
        return this;
    }

    @Override
    public String toString() {
        return sb.toString();
    }
}
