package org.omg.dds.sub;

import java.util.EventListener;
import org.omg.dds.core.event.DataAvailableEvent;
import org.omg.dds.core.event.LivelinessChangedEvent;
import org.omg.dds.core.event.RequestedDeadlineMissedEvent;
import org.omg.dds.core.event.RequestedIncompatibleQosEvent;
import org.omg.dds.core.event.SampleLostEvent;
import org.omg.dds.core.event.SampleRejectedEvent;
import org.omg.dds.core.event.SubscriptionMatchedEvent;

/** TODO */
public interface DataReaderListener<TYPE> extends EventListener {

    /** TODO */
    void onRequestedDeadlineMissed(RequestedDeadlineMissedEvent<TYPE> requestedDeadlineMissedEvent);

    /** TODO */
    void onRequestedIncompatibleQos(RequestedIncompatibleQosEvent<TYPE> requestedIncompatibleQosEvent);

    /** TODO */
    void onSampleRejected(SampleRejectedEvent<TYPE> sampleRejectedEvent);

    /** TODO */
    void onLivelinessChanged(LivelinessChangedEvent<TYPE> livelinessChangedEvent);

    /** TODO */
    void onDataAvailable(DataAvailableEvent<TYPE> dataAvailableEvent);

    /** TODO */
    void onSubscriptionMatched(SubscriptionMatchedEvent<TYPE> subscriptionMatchedEvent);

    /** TODO */
    void onSampleLost(SampleLostEvent<TYPE> sampleLostEvent);
}
