package org.omg.dds.core;

/** TODO */
public interface Condition extends DDSObject {

    /** TODO */
    boolean getTriggerValue();
}
