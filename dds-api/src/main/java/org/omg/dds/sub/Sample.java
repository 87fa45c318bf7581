package org.omg.dds.sub;

import java.io.Closeable;
import java.io.IOException;
import java.io.Serializable;
import java.util.ListIterator;
import org.omg.dds.core.DDSObject;
import org.omg.dds.core.ModifiableInstanceHandle;
import org.omg.dds.core.Time;

/**
 * One element returned by a data reader's read or take: the data value, if any, together with
 * information about it: its sample, view and instance states, its source timestamp, the instance
 * and writer it belongs to, and the generation counts and ranks that place it in the instance's
 * history.
 *
 * @param <TYPE> the type of the data
 */
public interface Sample<TYPE> extends Cloneable, Serializable, DDSObject {

    /**
     * Returns the data value, or {@code null} if the sample carries no valid data and only reports
     * a change of instance state, such as a dispose or the loss of all writers.
     */
    TYPE getData();

    /** Returns whether this sample had already been read before the access that returned it. */
    SampleState getSampleState();

    /** Returns whether the sample's instance was new to the application when the sample was returned. */
    ViewState getViewState();

    /** Returns the state of the sample's instance when the sample was returned. */
    InstanceState getInstanceState();

    /** Returns the time stamp the writer gave the sample when writing it. */
    Time getSourceTimestamp();

    /**
     * Returns the local handle of the instance the sample belongs to. The type is the OMG one,
     * {@link org.omg.dds.core.ModifiableInstanceHandle}; being a subclass of
     * {@link org.omg.dds.core.InstanceHandle}, it also satisfies OpenSplice code that expects an
     * {@code InstanceHandle}.
     */
    ModifiableInstanceHandle getInstanceHandle();

    /**
     * Returns the local handle of the data writer that wrote the sample, as found in the
     * {@code DCPSPublication} built-in topic. Like {@link #getInstanceHandle()}, it returns the OMG
     * {@link org.omg.dds.core.ModifiableInstanceHandle}, which also satisfies OpenSplice code
     * expecting an {@link org.omg.dds.core.InstanceHandle}.
     */
    ModifiableInstanceHandle getPublicationHandle();

    /**
     * Returns how many times the instance went from {@code NOT_ALIVE_DISPOSED} back to
     * {@code ALIVE} between the reader first seeing it and receiving this sample.
     */
    int getDisposedGenerationCount();

    /**
     * Returns how many times the instance went from {@code NOT_ALIVE_NO_WRITERS} back to
     * {@code ALIVE} between the reader first seeing it and receiving this sample.
     */
    int getNoWritersGenerationCount();

    /**
     * Returns the number of samples of the same instance that follow this one in the collection
     * returned by the same read or take; the last one has rank 0.
     */
    int getSampleRank();

    /**
     * Returns the number of generations (returns to {@code ALIVE}) the instance went through
     * between this sample and the most recent sample of the instance in the same returned
     * collection.
     */
    int getGenerationRank();

    /**
     * Returns the number of generations the instance went through between this sample and the most
     * recent sample of the instance the reader has received, whether returned or not.
     */
    int getAbsoluteGenerationRank();

    /** Returns a copy of this sample that stays usable after the loan it came from has been returned. */
    Sample<TYPE> clone();

    /**
     * The result of a read or take that loans samples: a list iterator over samples that may still
     * belong to the reader. The samples stay valid only until the iterator is closed, which returns
     * the loan; close it promptly, for example with try-with-resources. The iterator is read-only.
     *
     * @param <IT_DATA> the type of the data of the samples
     */
    public interface Iterator<IT_DATA> extends Closeable, ListIterator<Sample<IT_DATA>> {

        /**
         * Returns the loaned samples to the reader; neither they nor this iterator may be used
         * afterwards.
         *
         * @throws IOException declared by {@link Closeable}; not expected in practice
         */
        void close() throws IOException;

        /**
         * Not supported: the samples cannot be removed through the iterator.
         *
         * @throws UnsupportedOperationException always
         */
        void remove();

        /**
         * Not supported: the samples cannot be replaced through the iterator.
         *
         * @throws UnsupportedOperationException always
         */
        void set(Sample<IT_DATA> sample);

        /**
         * Not supported: no sample can be added through the iterator.
         *
         * @throws UnsupportedOperationException always
         */
        void add(Sample<IT_DATA> sample);
    }
}
