package io.sirocco.dcps.condition;

import org.omg.dds.core.Condition;

/** A condition that wait sets can attach to: every Sirocco condition implements this. */
public interface AttachableCondition extends Condition {

    /** The wait sets this condition wakes when its trigger value may have become true. */
    WaitSetLinks waitSetLinks();
}
