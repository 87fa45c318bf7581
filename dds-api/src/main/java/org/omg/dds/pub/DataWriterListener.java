package org.omg.dds.pub;

import java.util.EventListener;
import org.omg.dds.core.event.LivelinessLostEvent;
import org.omg.dds.core.event.OfferedDeadlineMissedEvent;
import org.omg.dds.core.event.OfferedIncompatibleQosEvent;
import org.omg.dds.core.event.PublicationMatchedEvent;

/** TODO */
public interface DataWriterListener<TYPE> extends EventListener {

    /** TODO */
    void onOfferedDeadlineMissed(OfferedDeadlineMissedEvent<TYPE> offeredDeadlineMissedEvent);

    /** TODO */
    void onOfferedIncompatibleQos(OfferedIncompatibleQosEvent<TYPE> offeredIncompatibleQosEvent);

    /** TODO */
    void onLivelinessLost(LivelinessLostEvent<TYPE> livelinessLostEvent);

    /** TODO */
    void onPublicationMatched(PublicationMatchedEvent<TYPE> publicationMatchedEvent);
}
