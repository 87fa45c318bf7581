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

/**
 * Listener of a {@link Subscriber}: it receives the subscriber's data-on-readers status and the
 * status changes of the subscriber's data readers for every status kind that the reader's own
 * listener is not enabled for.
 *
 * @see SubscriberAdapter
 */
public interface SubscriberListener extends EventListener {

    /**
     * Called when a data reader received no new sample of an instance within the period requested
     * by its Deadline QoS.
     */
    void onRequestedDeadlineMissed(RequestedDeadlineMissedEvent<?> requestedDeadlineMissedEvent);

    /**
     * Called when a data reader found a writer of its topic whose offered QoS is incompatible with
     * the QoS it requests, so the two do not match.
     */
    void onRequestedIncompatibleQos(RequestedIncompatibleQosEvent<?> requestedIncompatibleQosEvent);

    /**
     * Called when a data reader rejected a received sample, for example because keeping it would
     * exceed its ResourceLimits QoS.
     */
    void onSampleRejected(SampleRejectedEvent<?> sampleRejectedEvent);

    /** Called when a writer matched with a data reader becomes alive or not alive. */
    void onLivelinessChanged(LivelinessChangedEvent<?> livelinessChangedEvent);

    /**
     * Called when a data reader has new data available, or an instance changed state, and the
     * application can read or take it.
     */
    void onDataAvailable(DataAvailableEvent<?> dataAvailableEvent);

    /** Called when a data reader starts or stops being matched with a compatible data writer. */
    void onSubscriptionMatched(SubscriptionMatchedEvent<?> subscriptionMatchedEvent);

    /** Called when a sample destined for a data reader was lost and will never be received. */
    void onSampleLost(SampleLostEvent<?> sampleLostEvent);

    /**
     * Called when one or more data readers of a subscriber have new data. This callback takes
     * precedence over {@link #onDataAvailable(DataAvailableEvent)}: while a listener handles it,
     * the readers' own data-available callbacks are not invoked, unless it calls
     * {@link Subscriber#notifyDataReaders()}.
     */
    void onDataOnReaders(DataOnReadersEvent dataOnReadersEvent);
}
