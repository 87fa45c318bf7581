package io.sirocco.dcps.spi;

import io.sirocco.dcps.core.Guid;
import org.omg.dds.pub.DataWriterQos;
import org.omg.dds.pub.PublisherQos;

/**
 * What matching needs to know about a data writer, local or remote: identity, topic, type and
 * QoS. Paths build these from discovery data (SEDP) for remote writers.
 *
 * @param guid the writer's GUID
 * @param topicName the topic's name
 * @param typeName the registered type name
 * @param qos the writer's QoS
 * @param publisherQos the QoS of its publisher (partitions, presentation, group data)
 * @param local whether the writer lives in this JVM
 */
public record WriterDescription(Guid guid, String topicName, String typeName, DataWriterQos qos,
        PublisherQos publisherQos, boolean local) {

    public Guid participant() {
        return guid.participant();
    }
}
