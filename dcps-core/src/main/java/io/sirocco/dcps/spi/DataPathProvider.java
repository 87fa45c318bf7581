package io.sirocco.dcps.spi;

/**
 * The {@link java.util.ServiceLoader} entry point of a transport. Every provider on the class path
 * is asked to open a path for each new participant; those that decline (return {@code null}) are
 * skipped. The intra-process path is always present.
 */
public interface DataPathProvider {

    /** The provider's name, e.g. {@code rtps}. */
    String name();

    /** Opens a path for the participant, or returns {@code null} when this transport does not apply. */
    DataPath open(ParticipantContext participant);
}
