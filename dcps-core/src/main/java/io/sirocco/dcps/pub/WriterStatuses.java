package io.sirocco.dcps.pub;

import io.sirocco.dcps.core.LongInstanceHandle;
import io.sirocco.dcps.status.LivelinessLostSnapshot;
import io.sirocco.dcps.status.OfferedDeadlineMissedSnapshot;
import io.sirocco.dcps.status.OfferedIncompatibleQosSnapshot;
import io.sirocco.dcps.status.PublicationMatchedSnapshot;
import java.util.Set;
import org.omg.dds.core.ServiceEnvironment;
import org.omg.dds.core.policy.QosPolicy;

/** The communication statuses of one writer (see ReaderStatuses for the pattern). */
final class WriterStatuses {
    private final ServiceEnvironment environment;
    private LivelinessLostSnapshot livelinessLost;
    private OfferedDeadlineMissedSnapshot deadline;
    private OfferedIncompatibleQosSnapshot incompatible;
    private PublicationMatchedSnapshot matched;

    WriterStatuses(ServiceEnvironment environment) {
        this.environment = environment;
        livelinessLost = LivelinessLostSnapshot.initial(environment);
        deadline = OfferedDeadlineMissedSnapshot.initial(environment);
        incompatible = OfferedIncompatibleQosSnapshot.initial(environment);
        matched = PublicationMatchedSnapshot.initial(environment);
    }

    synchronized void livelinessLost() {
        livelinessLost = livelinessLost.plus(1);
    }

    synchronized void deadlineMissed(long instance) {
        deadline = deadline.missed(new LongInstanceHandle(environment, instance));
    }

    synchronized void incompatible(Set<Class<? extends QosPolicy>> policies) {
        incompatible = incompatible.incompatible(policies);
    }

    synchronized void matched(long subscription) {
        matched = matched.matched(new LongInstanceHandle(environment, subscription));
    }

    synchronized void unmatched(long subscription) {
        matched = matched.unmatched(new LongInstanceHandle(environment, subscription));
    }

    synchronized LivelinessLostSnapshot takeLivelinessLost() {
        LivelinessLostSnapshot current = livelinessLost;
        livelinessLost = current.resetChanges();
        return current;
    }

    synchronized OfferedDeadlineMissedSnapshot takeDeadline() {
        OfferedDeadlineMissedSnapshot current = deadline;
        deadline = current.resetChanges();
        return current;
    }

    synchronized OfferedIncompatibleQosSnapshot takeIncompatible() {
        OfferedIncompatibleQosSnapshot current = incompatible;
        incompatible = current.resetChanges();
        return current;
    }

    synchronized PublicationMatchedSnapshot takeMatched() {
        PublicationMatchedSnapshot current = matched;
        matched = current.resetChanges();
        return current;
    }
}
