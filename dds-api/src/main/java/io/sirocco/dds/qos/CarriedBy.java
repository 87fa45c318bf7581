package io.sirocco.dds.qos;

import java.util.List;

/**
 * Which of Sirocco's paths carry a DataWriter or DataReader — how a program reads whether an
 * Acceleration PREFERRED endpoint got its accelerated path or fell back. Sirocco's DataWriters and
 * DataReaders implement it: {@code if (writer instanceof CarriedBy c) c.carriedBy()}.
 */
public interface CarriedBy {

    /** The group engine's path, which carries ATOMIC and accelerated endpoints. */
    String GROUP = "group";

    /**
     * The names of the paths that carry this endpoint once it is enabled, e.g. {@code [group]} for
     * an ATOMIC or accelerated endpoint, {@code [intra-process, rtps]} for an ordinary one; empty
     * before it is enabled.
     */
    List<String> carriedBy();
}
