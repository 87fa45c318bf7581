package io.sirocco.idl.diag;

/**
 * A place in an IDL source file: the file name as the user gave it (or as an include resolved it),
 * and 1-based line and column. Prints as {@code file:line:col}.
 */
public record SourcePosition(String file, int line, int column) {

    @Override
    public String toString() {
        return file + ":" + line + ":" + column;
    }
}
