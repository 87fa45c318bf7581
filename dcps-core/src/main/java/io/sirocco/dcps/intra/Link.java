package io.sirocco.dcps.intra;

import io.sirocco.dcps.spi.LocalReader;
import io.sirocco.dcps.spi.MatchedReader;
import io.sirocco.dcps.spi.MatchedWriter;

/** One matched writer-reader pair in this JVM: the reader's delivery channel and the writer's ack handle. */
record Link<T>(LocalReader<T> reader, MatchedWriter<T> toReader, MatchedReader fromWriter, boolean reliable) {
}
