package io.sirocco.dcps.sub;

import io.sirocco.dcps.core.LongInstanceHandle;
import io.sirocco.dcps.status.LivelinessChangedSnapshot;
import io.sirocco.dcps.status.RequestedDeadlineMissedSnapshot;
import io.sirocco.dcps.status.RequestedIncompatibleQosSnapshot;
import io.sirocco.dcps.status.SampleLostSnapshot;
import io.sirocco.dcps.status.SampleRejectedSnapshot;
import io.sirocco.dcps.status.SubscriptionMatchedSnapshot;
import java.util.Set;
import org.omg.dds.core.ServiceEnvironment;
import org.omg.dds.core.policy.QosPolicy;
import org.omg.dds.core.status.SampleRejectedStatus;

/**
 * The communication statuses of one reader. Each is an immutable snapshot replaced on change;
 * {@code takeXxx} returns the current value and resets its change counts, as reading a status
 * (or having a listener called with it) does.
 */
final class ReaderStatuses {
    private final ServiceEnvironment environment;
    private SampleRejectedSnapshot rejected;
    private SampleLostSnapshot lost;
    private LivelinessChangedSnapshot liveliness;
    private RequestedDeadlineMissedSnapshot deadline;
    private RequestedIncompatibleQosSnapshot incompatible;
    private SubscriptionMatchedSnapshot matched;

    ReaderStatuses(ServiceEnvironment environment) {
        this.environment = environment;
        rejected = SampleRejectedSnapshot.initial(environment);
        lost = SampleLostSnapshot.initial(environment);
        liveliness = LivelinessChangedSnapshot.initial(environment);
        deadline = RequestedDeadlineMissedSnapshot.initial(environment);
        incompatible = RequestedIncompatibleQosSnapshot.initial(environment);
        matched = SubscriptionMatchedSnapshot.initial(environment);
    }

    private LongInstanceHandle handle(long value) {
        return new LongInstanceHandle(environment, value);
    }

    synchronized void sampleRejected(SampleRejectedStatus.Kind reason, long instance) {
        rejected = rejected.rejected(reason, handle(instance));
    }

    synchronized void samplesLost(int count) {
        lost = lost.plus(count);
    }

    synchronized void liveliness(int aliveDelta, int notAliveDelta, long publication) {
        liveliness = liveliness.changed(aliveDelta, notAliveDelta, handle(publication));
    }

    synchronized void deadlineMissed(long instance) {
        deadline = deadline.missed(handle(instance));
    }

    synchronized void incompatible(Set<Class<? extends QosPolicy>> policies) {
        incompatible = incompatible.incompatible(policies);
    }

    synchronized void matched(long publication) {
        matched = matched.matched(handle(publication));
    }

    synchronized void unmatched(long publication) {
        matched = matched.unmatched(handle(publication));
    }

    synchronized SampleRejectedSnapshot takeRejected() {
        SampleRejectedSnapshot current = rejected;
        rejected = current.resetChanges();
        return current;
    }

    synchronized SampleLostSnapshot takeLost() {
        SampleLostSnapshot current = lost;
        lost = current.resetChanges();
        return current;
    }

    synchronized LivelinessChangedSnapshot takeLiveliness() {
        LivelinessChangedSnapshot current = liveliness;
        liveliness = current.resetChanges();
        return current;
    }

    synchronized RequestedDeadlineMissedSnapshot takeDeadline() {
        RequestedDeadlineMissedSnapshot current = deadline;
        deadline = current.resetChanges();
        return current;
    }

    synchronized RequestedIncompatibleQosSnapshot takeIncompatible() {
        RequestedIncompatibleQosSnapshot current = incompatible;
        incompatible = current.resetChanges();
        return current;
    }

    synchronized SubscriptionMatchedSnapshot takeMatched() {
        SubscriptionMatchedSnapshot current = matched;
        matched = current.resetChanges();
        return current;
    }
}
