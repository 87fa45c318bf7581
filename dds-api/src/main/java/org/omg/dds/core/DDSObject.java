package org.omg.dds.core;

/** TODO */
public interface DDSObject {

    /** TODO */
    ServiceEnvironment getEnvironment();
}
