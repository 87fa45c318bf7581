package org.omg.dds.core;

/**
 * Any object created by a DDS implementation. It remembers the {@link ServiceEnvironment} it
 * belongs to, so that new objects can be created with the same implementation.
 */
public interface DDSObject {

    /** Returns the environment of the implementation that created this object. */
    ServiceEnvironment getEnvironment();
}
