package org.omg.dds.core;

/**
 * Something an application can wait for with a {@link WaitSet}. A condition has a boolean trigger
 * value; a wait set wakes up its waiting thread as soon as one of its attached conditions is
 * triggered.
 */
public interface Condition extends DDSObject {

    /**
     * Returns whether this condition is currently triggered.
     *
     * @return {@code true} if a wait set with this condition attached would wake up now
     */
    boolean getTriggerValue();
}
