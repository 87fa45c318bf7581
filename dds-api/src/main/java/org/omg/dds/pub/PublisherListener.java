package org.omg.dds.pub;

import java.util.EventListener;
import org.omg.dds.core.event.LivelinessLostEvent;
import org.omg.dds.core.event.OfferedDeadlineMissedEvent;
import org.omg.dds.core.event.OfferedIncompatibleQosEvent;
import org.omg.dds.core.event.PublicationMatchedEvent;

/** TODO */
public interface PublisherListener extends EventListener {

    /** TODO */
    void onOfferedDeadlineMissed(OfferedDeadlineMissedEvent<?> offeredDeadlineMissedEvent);

    /** TODO */
    void onOfferedIncompatibleQos(OfferedIncompatibleQosEvent<?> offeredIncompatibleQosEvent);

    /** TODO */
    void onLivelinessLost(LivelinessLostEvent<?> livelinessLostEvent);

    /** TODO */
    void onPublicationMatched(PublicationMatchedEvent<?> publicationMatchedEvent);
}
