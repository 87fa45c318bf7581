package io.sirocco.stores.dcps;

import java.util.List;

/**
 * Which group carries an endpoint: endpoints of one topic and type, in the same partitions, with
 * the same consistency and on the same fabric, are one group (one member per JVM). Partitions are
 * compared as written (sorted), without wildcard matching.
 *
 * @param topic the topic name
 * @param type the registered type name
 * @param partitions the publisher's or subscriber's partitions, sorted
 * @param atomic Consistency ATOMIC (ordered delivery) rather than EVENTUAL
 * @param fabric the fabric provider's name
 */
record GroupKey(String topic, String type, List<String> partitions, boolean atomic, String fabric) {

    GroupKey {
        partitions = partitions.stream().sorted().toList();
    }

    /** The group's name on the membership topic. */
    String name() {
        return topic + "|" + type + "|" + String.join(",", partitions) + "|" + (atomic ? "ATOMIC" : "EVENTUAL") + "|"
                + fabric;
    }
}
