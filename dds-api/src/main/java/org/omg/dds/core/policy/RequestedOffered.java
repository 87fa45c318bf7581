package org.omg.dds.core.policy;

/** TODO */
public interface RequestedOffered<SELF> extends Comparable<SELF> {

    /** TODO */
    Comparable<SELF> requestedOfferedContract();
}
