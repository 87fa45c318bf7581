package io.sirocco.idl.diag;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects the errors and warnings of one compiler run, in the order found, so that one run reports
 * as many problems as it can. After {@link #MAX_ERRORS} errors the run stops with
 * {@link CompilationAborted}.
 */
public final class Diagnostics {
    /** The run gives up after this many errors. */
    public static final int MAX_ERRORS = 100;

    private final List<Diagnostic> all = new ArrayList<>();
    private int errors;

    /** Records an error at {@code position}. */
    public void error(SourcePosition position, String message) {
        all.add(new Diagnostic(position, true, message));
        if (++errors >= MAX_ERRORS) {
            throw new CompilationAborted();
        }
    }

    /** Records a warning at {@code position}. */
    public void warning(SourcePosition position, String message) {
        all.add(new Diagnostic(position, false, message));
    }

    /** Whether any error has been recorded. */
    public boolean hasErrors() {
        return errors > 0;
    }

    /** Number of errors recorded. */
    public int errorCount() {
        return errors;
    }

    /** Every diagnostic, in the order recorded. */
    public List<Diagnostic> all() {
        return List.copyOf(all);
    }

    /** Only the errors. */
    public List<Diagnostic> errors() {
        return all.stream().filter(Diagnostic::isError).toList();
    }
}
