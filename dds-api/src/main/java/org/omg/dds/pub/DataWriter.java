package org.omg.dds.pub;

import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.omg.dds.core.DomainEntity;
import org.omg.dds.core.Duration;
import org.omg.dds.core.InstanceHandle;
import org.omg.dds.core.ModifiableInstanceHandle;
import org.omg.dds.core.StatusCondition;
import org.omg.dds.core.Time;
import org.omg.dds.core.status.LivelinessLostStatus;
import org.omg.dds.core.status.OfferedDeadlineMissedStatus;
import org.omg.dds.core.status.OfferedIncompatibleQosStatus;
import org.omg.dds.core.status.PublicationMatchedStatus;
import org.omg.dds.topic.SubscriptionBuiltinTopicData;
import org.omg.dds.topic.Topic;

/** TODO */
public interface DataWriter<TYPE> extends DomainEntity<DataWriterListener<TYPE>, DataWriterQos> {

    /** TODO */
    <OTHER> DataWriter<OTHER> cast();

    /** TODO */
    Topic<TYPE> getTopic();

    /** TODO */
    void waitForAcknowledgments(Duration duration) throws TimeoutException;

    /** TODO */
    void waitForAcknowledgments(long amount, TimeUnit unit) throws TimeoutException;

    /** TODO */
    LivelinessLostStatus getLivelinessLostStatus();

    /** TODO */
    OfferedDeadlineMissedStatus getOfferedDeadlineMissedStatus();

    /** TODO */
    OfferedIncompatibleQosStatus getOfferedIncompatibleQosStatus();

    /** TODO */
    PublicationMatchedStatus getPublicationMatchedStatus();

    /** TODO */
    void assertLiveliness();

    /** TODO */
    Set<InstanceHandle> getMatchedSubscriptions();

    /** TODO */
    SubscriptionBuiltinTopicData getMatchedSubscriptionData(InstanceHandle instanceHandle);

    /** TODO */
    InstanceHandle registerInstance(TYPE type) throws TimeoutException;

    /** TODO */
    InstanceHandle registerInstance(TYPE type, Time time) throws TimeoutException;

    /** TODO */
    InstanceHandle registerInstance(TYPE type, long amount, TimeUnit unit) throws TimeoutException;

    /** TODO */
    void unregisterInstance(InstanceHandle instanceHandle) throws TimeoutException;

    /** TODO */
    void unregisterInstance(InstanceHandle instanceHandle, TYPE type) throws TimeoutException;

    /** TODO */
    void unregisterInstance(InstanceHandle instanceHandle, TYPE type, Time time) throws TimeoutException;

    /** TODO */
    void unregisterInstance(InstanceHandle instanceHandle, TYPE type, long amount, TimeUnit unit) throws TimeoutException;

    /** TODO */
    void write(TYPE type) throws TimeoutException;

    /** TODO */
    void write(TYPE type, Time time) throws TimeoutException;

    /** TODO */
    void write(TYPE type, long amount, TimeUnit unit) throws TimeoutException;

    /** TODO */
    void write(TYPE type, InstanceHandle instanceHandle) throws TimeoutException;

    /** TODO */
    void write(TYPE type, InstanceHandle instanceHandle, Time time) throws TimeoutException;

    /** TODO */
    void write(TYPE type, InstanceHandle instanceHandle, long amount, TimeUnit unit) throws TimeoutException;

    /** TODO */
    void dispose(InstanceHandle instanceHandle) throws TimeoutException;

    /** TODO */
    void dispose(InstanceHandle instanceHandle, TYPE type) throws TimeoutException;

    /** TODO */
    void dispose(InstanceHandle instanceHandle, TYPE type, Time time) throws TimeoutException;

    /** TODO */
    void dispose(InstanceHandle instanceHandle, TYPE type, long amount, TimeUnit unit) throws TimeoutException;

    /** TODO */
    TYPE getKeyValue(TYPE type, InstanceHandle instanceHandle);

    /** TODO */
    TYPE getKeyValue(InstanceHandle instanceHandle);

    /** TODO */
    ModifiableInstanceHandle lookupInstance(ModifiableInstanceHandle modifiableInstanceHandle, TYPE type);

    /** TODO */
    InstanceHandle lookupInstance(TYPE type);

    /** TODO */
    StatusCondition<DataWriter<TYPE>> getStatusCondition();

    /** TODO */
    Publisher getParent();
}
