package io.sirocco.perftest;

import java.io.PrintStream;

/**
 * Progress and diagnostics, on standard error so that standard output carries results only. Every
 * line names the process ({@code perftest pub 0:}), which matters when several share a terminal.
 */
final class Progress {
    private final PrintStream err;
    private final String prefix;

    Progress(PrintStream err, String who) {
        this.err = err;
        this.prefix = "perftest " + who + ": ";
    }

    void say(String message) {
        err.println(prefix + message);
        err.flush();
    }
}
