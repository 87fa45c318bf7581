package io.sirocco.dcps.qos.xml;

import org.omg.dds.core.QosProvider;
import org.omg.dds.pub.DataWriterQos;
import org.omg.dds.sub.DataReaderQos;
import org.omg.dds.topic.TopicQos;

/**
 * What {@code setQos(library, profile)} of topics, writers and readers calls: the profile's QoS of the
 * entity's kind for the entity's own topic, so that a {@code topic_filter} in the profile selects the
 * element meant for that topic, as RTI does. An empty library names a library-less profile.
 */
public final class EntityProfiles {
    private EntityProfiles() {
    }

    /** The topic QoS of profile {@code library::profile} for the topic called {@code topicName}. */
    public static TopicQos topicQos(QosProvider profiles, String library, String profile, String topicName) {
        String id = id(library, profile);
        return profiles instanceof XmlQosProvider xml ? xml.getTopicQos(id, topicName) : profiles.getTopicQos(id);
    }

    /** The data writer QoS of profile {@code library::profile} for a writer of {@code topicName}. */
    public static DataWriterQos dataWriterQos(QosProvider profiles, String library, String profile,
            String topicName) {
        String id = id(library, profile);
        return profiles instanceof XmlQosProvider xml ? xml.getDataWriterQos(id, topicName)
                : profiles.getDataWriterQos(id);
    }

    /** The data reader QoS of profile {@code library::profile} for a reader of {@code topicName}. */
    public static DataReaderQos dataReaderQos(QosProvider profiles, String library, String profile,
            String topicName) {
        String id = id(library, profile);
        return profiles instanceof XmlQosProvider xml ? xml.getDataReaderQos(id, topicName)
                : profiles.getDataReaderQos(id);
    }

    private static String id(String library, String profile) {
        if (library == null) {
            throw new IllegalArgumentException("qosLibraryName must not be null (use \"\" for a library-less profile)");
        }
        if (profile == null || profile.isBlank()) {
            throw new IllegalArgumentException("qosProfileName must not be " + (profile == null ? "null" : "blank"));
        }
        return library.isBlank() ? profile : library + "::" + profile;
    }
}
