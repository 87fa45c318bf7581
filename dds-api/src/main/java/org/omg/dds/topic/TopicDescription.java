package org.omg.dds.topic;

import java.io.Closeable;
import org.omg.dds.core.DDSObject;
import org.omg.dds.domain.DomainParticipant;
import org.omg.dds.type.TypeSupport;

/** TODO */
public interface TopicDescription<TYPE> extends Closeable, DDSObject {

    /** TODO */
    TypeSupport<TYPE> getTypeSupport();

    /** TODO */
    <OTHER> TopicDescription<OTHER> cast();

    /** TODO */
    String getTypeName();

    /** TODO */
    String getName();

    /** TODO */
    DomainParticipant getParent();

    /** TODO */
    void close();
}
