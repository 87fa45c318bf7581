package io.sirocco.idl.model;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * The resolved content of one IDL file and everything it includes: its declarations in source order
 * (types, typedefs and constants of all modules), and the files that were read.
 */
public record Specification(Path mainFile, List<Declaration> declarations, Set<Path> filesRead) {

    public Specification {
        declarations = List.copyOf(declarations);
        filesRead = Set.copyOf(filesRead);
    }
}
