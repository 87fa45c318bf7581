package org.omg.dds.sub;

import java.util.EventListener;
import org.omg.dds.core.event.DataAvailableEvent;
import org.omg.dds.core.event.LivelinessChangedEvent;
import org.omg.dds.core.event.RequestedDeadlineMissedEvent;
import org.omg.dds.core.event.RequestedIncompatibleQosEvent;
import org.omg.dds.core.event.SampleLostEvent;
import org.omg.dds.core.event.SampleRejectedEvent;
import org.omg.dds.core.event.SubscriptionMatchedEvent;

/**
 * Receives the status changes of a {@link DataReader}. It is attached when the reader is created or
 * with {@code setListener}, together with the set of status kinds it wants; its callbacks run on a
 * middleware thread and should return quickly.
 *
 * @param <TYPE> the reader's data type
 * @see DataReaderAdapter
 */
public interface DataReaderListener<TYPE> extends EventListener {

    /**
     * Called when a data reader received no new sample of an instance within the period requested
     * by its Deadline QoS.
     */
    void onRequestedDeadlineMissed(RequestedDeadlineMissedEvent<TYPE> requestedDeadlineMissedEvent);

    /**
     * Called when a data reader found a writer of its topic whose offered QoS is incompatible with
     * the QoS it requests, so the two do not match.
     */
    void onRequestedIncompatibleQos(RequestedIncompatibleQosEvent<TYPE> requestedIncompatibleQosEvent);

    /**
     * Called when a data reader rejected a received sample, for example because keeping it would
     * exceed its ResourceLimits QoS.
     */
    void onSampleRejected(SampleRejectedEvent<TYPE> sampleRejectedEvent);

    /** Called when a writer matched with a data reader becomes alive or not alive. */
    void onLivelinessChanged(LivelinessChangedEvent<TYPE> livelinessChangedEvent);

    /**
     * Called when a data reader has new data available, or an instance changed state, and the
     * application can read or take it.
     */
    void onDataAvailable(DataAvailableEvent<TYPE> dataAvailableEvent);

    /** Called when a data reader starts or stops being matched with a compatible data writer. */
    void onSubscriptionMatched(SubscriptionMatchedEvent<TYPE> subscriptionMatchedEvent);

    /** Called when a sample destined for a data reader was lost and will never be received. */
    void onSampleLost(SampleLostEvent<TYPE> sampleLostEvent);
}
