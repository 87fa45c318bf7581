package org.omg.dds.core.policy;

import java.io.Serializable;
import org.omg.dds.core.DDSObject;

/** TODO */
public interface QosPolicy extends Serializable, DDSObject {

    /** TODO */
    public interface ForDataReader extends QosPolicy {
    }

    /** TODO */
    public interface ForDataWriter extends QosPolicy {
    }

    /** TODO */
    public interface ForTopic extends QosPolicy {
    }

    /** TODO */
    public interface ForSubscriber extends QosPolicy {
    }

    /** TODO */
    public interface ForPublisher extends QosPolicy {
    }

    /** TODO */
    public interface ForDomainParticipant extends QosPolicy {
    }

    /** TODO */
    public interface ForDomainParticipantFactory extends QosPolicy {
    }
}
