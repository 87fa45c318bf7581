package io.sirocco.idl.diag;

/**
 * One message of the compiler about the input: an error (the run fails) or a warning. Errors print
 * as {@code file:line:col: message}, warnings as {@code file:line:col: warning: message}.
 */
public record Diagnostic(SourcePosition position, boolean isError, String message) {

    @Override
    public String toString() {
        return position + (isError ? ": " : ": warning: ") + message;
    }
}
