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

/**
 * The entity through which an application publishes samples of one topic. Each sample belongs to an
 * instance, identified by the value of the type's key fields; the writer can register, update
 * (write), dispose and unregister instances, and its behaviour is shaped by its
 * {@link DataWriterQos}.
 *
 * <p>Operations that add data to the writer's history (register, write, dispose, unregister) may
 * block when the writer is {@code RELIABLE} and its History or ResourceLimits QoS leaves no room;
 * if no room is made within the Reliability QoS's {@code maxBlockingTime}, they throw a
 * {@link TimeoutException}.
 *
 * <p>A writer is created by a {@link Publisher}, which must be closed only after its writers.
 *
 * @param <TYPE> the type of the samples written
 */
public interface DataWriter<TYPE> extends DomainEntity<DataWriterListener<TYPE>, DataWriterQos> {

    /**
     * Returns this writer with a different type argument. This is an unchecked cast, useful when
     * the data type is only known at run time.
     */
    <OTHER> DataWriter<OTHER> cast();

    /** Returns the topic this writer publishes on. */
    Topic<TYPE> getTopic();

    /**
     * Blocks until every sample written so far by this writer has been acknowledged by all matched
     * reliable readers, or until the timeout expires; this is a no-op for best-effort writers.
     *
     * @throws TimeoutException if some samples were still unacknowledged when the timeout expired
     */
    void waitForAcknowledgments(Duration timeout) throws TimeoutException;

    /**
     * Like {@link #waitForAcknowledgments(Duration)}, with the timeout given as an amount of a time
     * unit.
     *
     * @throws TimeoutException if some samples were still unacknowledged when the timeout expired
     */
    void waitForAcknowledgments(long timeout, TimeUnit unit) throws TimeoutException;

    /** Returns the liveliness-lost status and resets its change counter. */
    LivelinessLostStatus getLivelinessLostStatus();

    /** Returns the offered-deadline-missed status and resets its change counter. */
    OfferedDeadlineMissedStatus getOfferedDeadlineMissedStatus();

    /** Returns the offered-incompatible-QoS status and resets its change counter. */
    OfferedIncompatibleQosStatus getOfferedIncompatibleQosStatus();

    /** Returns the publication-matched status and resets its change counter. */
    PublicationMatchedStatus getPublicationMatchedStatus();

    /**
     * Asserts the liveliness of this writer explicitly, as required when its Liveliness QoS kind is
     * {@code MANUAL_BY_TOPIC} or {@code MANUAL_BY_PARTICIPANT}. Writing a sample asserts liveliness
     * as well.
     *
     * @throws org.omg.dds.core.NotEnabledException if this writer is not enabled
     */
    void assertLiveliness();

    /** Returns the handles of the data readers currently matched with this writer, excluding ignored ones. */
    Set<InstanceHandle> getMatchedSubscriptions();

    /**
     * Returns the {@code DCPSSubscription} built-in data of a reader matched with this writer.
     *
     * @param subscriptionHandle a handle returned by {@link #getMatchedSubscriptions()}
     * @throws org.omg.dds.core.PreconditionNotMetException if the handle does not denote a
     *        currently matched reader
     */
    SubscriptionBuiltinTopicData getMatchedSubscriptionData(InstanceHandle subscriptionHandle);

    /**
     * Tells the middleware that this writer is going to write the instance identified by the key
     * fields of {@code instanceData}, and returns a handle for it. Passing the handle to the other
     * operations spares the middleware a key lookup; writing without registering first registers
     * implicitly.
     *
     * @return the instance's handle
     * @throws TimeoutException if the operation blocked for longer than the Reliability QoS's
     *        {@code maxBlockingTime}
     */
    InstanceHandle registerInstance(TYPE instanceData) throws TimeoutException;

    /**
     * Like {@link #registerInstance(Object)}, with an explicit source timestamp.
     *
     * @param timestamp the source timestamp to use instead of the current time
     * @throws TimeoutException if the operation blocked for longer than the Reliability QoS's
     *        {@code maxBlockingTime}
     */
    InstanceHandle registerInstance(TYPE instanceData, Time timestamp) throws TimeoutException;

    /**
     * Like {@link #registerInstance(Object)}, with an explicit source timestamp given as an amount
     * of a time unit.
     *
     * @param timestamp the source timestamp to use instead of the current time
     * @param unit the unit of {@code timestamp}
     * @throws TimeoutException if the operation blocked for longer than the Reliability QoS's
     *        {@code maxBlockingTime}
     */
    InstanceHandle registerInstance(TYPE instanceData, long timestamp, TimeUnit unit) throws TimeoutException;

    /**
     * Tells the middleware that this writer will no longer write the instance. When no writer is
     * left, readers see the instance as {@code NOT_ALIVE_NO_WRITERS}; if the WriterDataLifecycle
     * QoS says so, the instance is also disposed.
     *
     * @param handle the handle returned by {@link #registerInstance(Object)}
     * @throws org.omg.dds.core.PreconditionNotMetException if the instance is not registered with
     *        this writer
     * @throws IllegalArgumentException if a non-nil {@code handle} denotes no instance of this
     *        writer
     * @throws TimeoutException if the operation blocked for longer than the Reliability QoS's
     *        {@code maxBlockingTime}
     */
    void unregisterInstance(InstanceHandle handle) throws TimeoutException;

    /**
     * Unregisters an instance identified by its handle or, if the handle is nil, by the key of
     * {@code instanceData}.
     *
     * @param handle the handle returned by {@link #registerInstance(Object)}, or a nil handle to
     *        identify the instance by the key of {@code instanceData}
     * @throws org.omg.dds.core.PreconditionNotMetException if the instance is not registered with
     *        this writer
     * @throws IllegalArgumentException if a non-nil {@code handle} denotes no instance of this
     *        writer
     * @throws TimeoutException if the operation blocked for longer than the Reliability QoS's
     *        {@code maxBlockingTime}
     * @see #unregisterInstance(InstanceHandle)
     */
    void unregisterInstance(InstanceHandle handle, TYPE instanceData) throws TimeoutException;

    /**
     * Like {@link #unregisterInstance(InstanceHandle, Object)}, with an explicit source timestamp.
     *
     * @param timestamp the source timestamp to use instead of the current time
     * @throws org.omg.dds.core.PreconditionNotMetException if the instance is not registered with
     *        this writer
     * @throws IllegalArgumentException if a non-nil {@code handle} denotes no instance of this
     *        writer
     * @throws TimeoutException if the operation blocked for longer than the Reliability QoS's
     *        {@code maxBlockingTime}
     */
    void unregisterInstance(InstanceHandle handle, TYPE instanceData, Time timestamp) throws TimeoutException;

    /**
     * Like {@link #unregisterInstance(InstanceHandle, Object)}, with an explicit source timestamp
     * given as an amount of a time unit.
     *
     * @param timestamp the source timestamp to use instead of the current time
     * @param unit the unit of {@code timestamp}
     * @throws org.omg.dds.core.PreconditionNotMetException if the instance is not registered with
     *        this writer
     * @throws IllegalArgumentException if a non-nil {@code handle} denotes no instance of this
     *        writer
     * @throws TimeoutException if the operation blocked for longer than the Reliability QoS's
     *        {@code maxBlockingTime}
     */
    void unregisterInstance(InstanceHandle handle, TYPE instanceData, long timestamp, TimeUnit unit)
            throws TimeoutException;

    /**
     * Publishes a new value of the instance identified by the key fields of {@code instanceData},
     * registering the instance first if needed. The sample's source timestamp is the current time.
     *
     * @throws TimeoutException if the operation blocked for longer than the Reliability QoS's
     *        {@code maxBlockingTime}
     */
    void write(TYPE instanceData) throws TimeoutException;

    /**
     * Like {@link #write(Object)}, with an explicit source timestamp; readers whose
     * DestinationOrder QoS is {@code BY_SOURCE_TIMESTAMP} order samples by it.
     *
     * @param timestamp the source timestamp to use instead of the current time
     * @throws TimeoutException if the operation blocked for longer than the Reliability QoS's
     *        {@code maxBlockingTime}
     */
    void write(TYPE instanceData, Time timestamp) throws TimeoutException;

    /**
     * Like {@link #write(Object, Time)}, with the source timestamp given as an amount of a time
     * unit.
     *
     * @param timestamp the source timestamp to use instead of the current time
     * @param unit the unit of {@code timestamp}
     * @throws TimeoutException if the operation blocked for longer than the Reliability QoS's
     *        {@code maxBlockingTime}
     */
    void write(TYPE instanceData, long timestamp, TimeUnit unit) throws TimeoutException;

    /**
     * Publishes a new value of an instance identified by its handle, which avoids a key lookup;
     * with a nil handle the key fields of {@code instanceData} identify the instance.
     *
     * @param handle the handle returned by {@link #registerInstance(Object)}, or a nil handle to
     *        identify the instance by the key of {@code instanceData}
     * @throws IllegalArgumentException if {@code handle} is not nil and does not denote an instance
     *        registered with this writer
     * @throws org.omg.dds.core.PreconditionNotMetException if the key of {@code instanceData} is not
     *        the key of the instance {@code handle} denotes
     * @throws TimeoutException if the operation blocked for longer than the Reliability QoS's
     *        {@code maxBlockingTime}
     */
    void write(TYPE instanceData, InstanceHandle handle) throws TimeoutException;

    /**
     * Like {@link #write(Object, InstanceHandle)}, with an explicit source timestamp.
     *
     * @param timestamp the source timestamp to use instead of the current time
     * @throws IllegalArgumentException if {@code handle} is not nil and does not denote an instance
     *        registered with this writer
     * @throws org.omg.dds.core.PreconditionNotMetException if the key of {@code instanceData} is not
     *        the key of the instance {@code handle} denotes
     * @throws TimeoutException if the operation blocked for longer than the Reliability QoS's
     *        {@code maxBlockingTime}
     */
    void write(TYPE instanceData, InstanceHandle handle, Time timestamp) throws TimeoutException;

    /**
     * Like {@link #write(Object, InstanceHandle)}, with an explicit source timestamp given as an
     * amount of a time unit.
     *
     * @param timestamp the source timestamp to use instead of the current time
     * @param unit the unit of {@code timestamp}
     * @throws IllegalArgumentException if {@code handle} is not nil and does not denote an instance
     *        registered with this writer
     * @throws org.omg.dds.core.PreconditionNotMetException if the key of {@code instanceData} is not
     *        the key of the instance {@code handle} denotes
     * @throws TimeoutException if the operation blocked for longer than the Reliability QoS's
     *        {@code maxBlockingTime}
     */
    void write(TYPE instanceData, InstanceHandle handle, long timestamp, TimeUnit unit)
            throws TimeoutException;

    /**
     * Declares the instance deleted: readers see it as {@code NOT_ALIVE_DISPOSED}, and the
     * durability service forgets it. Disposing does not unregister the instance.
     *
     * @param handle the handle returned by {@link #registerInstance(Object)}
     * @throws org.omg.dds.core.PreconditionNotMetException if the instance is not registered with
     *        this writer
     * @throws IllegalArgumentException if a non-nil {@code handle} denotes no instance of this
     *        writer
     * @throws TimeoutException if the operation blocked for longer than the Reliability QoS's
     *        {@code maxBlockingTime}
     */
    void dispose(InstanceHandle handle) throws TimeoutException;

    /**
     * Disposes an instance identified by its handle or, if the handle is nil, by the key of
     * {@code instanceData}.
     *
     * @param handle the handle returned by {@link #registerInstance(Object)}, or a nil handle to
     *        identify the instance by the key of {@code instanceData}
     * @throws org.omg.dds.core.PreconditionNotMetException if the instance is not registered with
     *        this writer
     * @throws IllegalArgumentException if a non-nil {@code handle} denotes no instance of this
     *        writer
     * @throws TimeoutException if the operation blocked for longer than the Reliability QoS's
     *        {@code maxBlockingTime}
     * @see #dispose(InstanceHandle)
     */
    void dispose(InstanceHandle handle, TYPE instanceData) throws TimeoutException;

    /**
     * Like {@link #dispose(InstanceHandle, Object)}, with an explicit source timestamp.
     *
     * @param timestamp the source timestamp to use instead of the current time
     * @throws org.omg.dds.core.PreconditionNotMetException if the instance is not registered with
     *        this writer
     * @throws IllegalArgumentException if a non-nil {@code handle} denotes no instance of this
     *        writer
     * @throws TimeoutException if the operation blocked for longer than the Reliability QoS's
     *        {@code maxBlockingTime}
     */
    void dispose(InstanceHandle handle, TYPE instanceData, Time timestamp) throws TimeoutException;

    /**
     * Like {@link #dispose(InstanceHandle, Object)}, with an explicit source timestamp given as an
     * amount of a time unit.
     *
     * @param timestamp the source timestamp to use instead of the current time
     * @param unit the unit of {@code timestamp}
     * @throws org.omg.dds.core.PreconditionNotMetException if the instance is not registered with
     *        this writer
     * @throws IllegalArgumentException if a non-nil {@code handle} denotes no instance of this
     *        writer
     * @throws TimeoutException if the operation blocked for longer than the Reliability QoS's
     *        {@code maxBlockingTime}
     */
    void dispose(InstanceHandle handle, TYPE instanceData, long timestamp, TimeUnit unit)
            throws TimeoutException;

    /**
     * Copies the key of the instance with the given handle into the key fields of
     * {@code keyHolder}; its other fields are left alone.
     *
     * @return {@code keyHolder}
     * @throws IllegalArgumentException if the handle does not denote an instance known to this
     *        writer
     */
    TYPE getKeyValue(TYPE keyHolder, InstanceHandle handle);

    /**
     * Returns a new sample whose key fields hold the key of the instance with the given handle; its
     * other fields have default values.
     *
     * @throws IllegalArgumentException if the handle does not denote an instance known to this
     *        writer
     */
    TYPE getKeyValue(InstanceHandle handle);

    /**
     * Stores in {@code handle} the handle of the instance whose key is that of {@code keyHolder},
     * or a nil handle if this writer does not know that instance.
     *
     * @return {@code handle}
     */
    ModifiableInstanceHandle lookupInstance(ModifiableInstanceHandle handle, TYPE keyHolder);

    /**
     * Returns the handle of the instance whose key is that of {@code keyHolder}, or a nil handle if
     * this writer does not know that instance.
     */
    InstanceHandle lookupInstance(TYPE keyHolder);

    /** Returns the status condition of this writer, for use in a wait set. */
    StatusCondition<DataWriter<TYPE>> getStatusCondition();

    /** Returns the publisher that created this writer. */
    Publisher getParent();
}
