package io.sirocco.dcps.spi;

/**
 * A writer and a reader of this JVM matched both ways, as paths that connect local endpoints
 * directly make them: the reader's channel for the writer's changes and the writer's handle for the
 * reader's acknowledgements.
 *
 * @param <T> the sample type
 */
public record LocalMatch<T>(MatchedWriter<T> toReader, MatchedReader fromWriter) {

    /**
     * Asks DCPS to match the pair both ways. Returns null when they are of different topics or DCPS
     * refused the pair (incompatible QoS — it reports the statuses —, ignored, other type); then
     * neither side is left half matched.
     */
    public static <T> LocalMatch<T> of(LocalWriter<T> writer, LocalReader<T> reader) {
        if (!writer.description().topicName().equals(reader.description().topicName())) {
            return null;
        }
        MatchedWriter<T> toReader = reader.matchWriter(writer.description());
        MatchedReader fromWriter = writer.matchReader(reader.description());
        if (toReader != null && fromWriter != null) {
            return new LocalMatch<>(toReader, fromWriter);
        }
        if (toReader != null) {
            reader.unmatchWriter(writer.guid());
        }
        if (fromWriter != null) {
            writer.unmatchReader(reader.guid());
        }
        return null;
    }
}
