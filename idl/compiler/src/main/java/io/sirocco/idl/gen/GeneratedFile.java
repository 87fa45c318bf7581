package io.sirocco.idl.gen;

import java.nio.file.Path;

/** One generated Java source file: its path relative to the output folder, and its text. */
public record GeneratedFile(Path relativePath, String content) {
}
