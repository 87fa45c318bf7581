package io.sirocco.dcps.spi;

import io.sirocco.dcps.core.Guid;
import org.omg.dds.sub.DataReaderQos;
import org.omg.dds.sub.SubscriberQos;

/**
 * What matching needs to know about a data reader, local or remote.
 *
 * @param guid the reader's GUID
 * @param topicName the name of the reader's topic (the related topic for a content-filtered topic)
 * @param typeName the registered type name
 * @param qos the reader's QoS
 * @param subscriberQos the QoS of its subscriber (partitions, presentation, group data)
 * @param local whether the reader lives in this JVM
 */
public record ReaderDescription(Guid guid, String topicName, String typeName, DataReaderQos qos,
        SubscriberQos subscriberQos, boolean local) {

    public Guid participant() {
        return guid.participant();
    }
}
