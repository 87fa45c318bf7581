package org.omg.dds.core;

import java.io.Closeable;
import java.util.Collection;
import java.util.EventListener;
import java.util.Set;
import org.omg.dds.core.status.Status;

/** TODO */
public interface Entity<LISTENER extends EventListener, QOS extends EntityQos<?>> extends Closeable, DDSObject {

    /** TODO */
    LISTENER getListener();

    /** TODO */
    void setListener(LISTENER listener);

    /** TODO */
    void setListener(LISTENER listener, Collection<Class<? extends Status>> statuses);

    /** TODO (OpenSplice addition) */
    void setListener(LISTENER listener, Class<? extends Status>... statuses);

    /** TODO */
    QOS getQos();

    /** TODO */
    void setQos(QOS qos);

    /** TODO */
    void setQos(String name, String name2);

    /** TODO */
    void enable();

    /** TODO */
    StatusCondition<?> getStatusCondition();

    /** TODO */
    Set<Class<? extends Status>> getStatusChanges();

    /** TODO */
    InstanceHandle getInstanceHandle();

    /** TODO */
    void close();

    /** TODO */
    void retain();
}
