package org.omg.dds.core.policy;

import java.util.concurrent.TimeUnit;
import org.omg.dds.core.Duration;

/** TODO */
public interface Liveliness extends QosPolicy.ForTopic, QosPolicy.ForDataReader, QosPolicy.ForDataWriter, RequestedOffered<Liveliness> {

    /** TODO */
    Liveliness.Kind getKind();

    /** TODO */
    Duration getLeaseDuration();

    /** TODO */
    Liveliness withKind(Liveliness.Kind kind);

    /** TODO */
    Liveliness withLeaseDuration(Duration duration);

    /** TODO */
    Liveliness withLeaseDuration(long amount, TimeUnit unit);

    /** TODO */
    Liveliness withAutomatic();

    /** TODO */
    Liveliness withManualByParticipant();

    /** TODO */
    Liveliness withManualByTopic();

    /** TODO */
    public static enum Kind {
        AUTOMATIC,
        MANUAL_BY_PARTICIPANT,
        MANUAL_BY_TOPIC;

    }
}
