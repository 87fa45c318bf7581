package org.omg.dds.sub;

import java.util.EventListener;
import org.omg.dds.core.event.DataAvailableEvent;
import org.omg.dds.core.event.DataOnReadersEvent;
import org.omg.dds.core.event.LivelinessChangedEvent;
import org.omg.dds.core.event.RequestedDeadlineMissedEvent;
import org.omg.dds.core.event.RequestedIncompatibleQosEvent;
import org.omg.dds.core.event.SampleLostEvent;
import org.omg.dds.core.event.SampleRejectedEvent;
import org.omg.dds.core.event.SubscriptionMatchedEvent;

/** TODO */
public interface SubscriberListener extends EventListener {

    /** TODO */
    void onRequestedDeadlineMissed(RequestedDeadlineMissedEvent<?> requestedDeadlineMissedEvent);

    /** TODO */
    void onRequestedIncompatibleQos(RequestedIncompatibleQosEvent<?> requestedIncompatibleQosEvent);

    /** TODO */
    void onSampleRejected(SampleRejectedEvent<?> sampleRejectedEvent);

    /** TODO */
    void onLivelinessChanged(LivelinessChangedEvent<?> livelinessChangedEvent);

    /** TODO */
    void onDataAvailable(DataAvailableEvent<?> dataAvailableEvent);

    /** TODO */
    void onSubscriptionMatched(SubscriptionMatchedEvent<?> subscriptionMatchedEvent);

    /** TODO */
    void onSampleLost(SampleLostEvent<?> sampleLostEvent);

    /** TODO */
    void onDataOnReaders(DataOnReadersEvent dataOnReadersEvent);
}
