package io.sirocco.idl.diag;

/**
 * Thrown when a phase cannot go on (too many errors, or an error that leaves nothing sensible to
 * check); the diagnostics already say why. Never escapes {@code IdlCompiler}.
 */
public final class CompilationAborted extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public CompilationAborted() {
        super("compilation aborted", null, false, false);
    }
}
