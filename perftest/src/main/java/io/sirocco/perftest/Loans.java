package io.sirocco.perftest;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.omg.dds.sub.Sample;

/** Returning loaned samples: the OMG API declares an {@link IOException} that Sirocco never throws. */
final class Loans {
    private Loans() {
    }

    static void release(Sample.Iterator<?> loan) {
        try {
            loan.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
