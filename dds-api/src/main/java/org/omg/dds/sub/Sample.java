package org.omg.dds.sub;

import java.io.Closeable;
import java.io.IOException;
import java.io.Serializable;
import java.util.ListIterator;
import org.omg.dds.core.DDSObject;
import org.omg.dds.core.ModifiableInstanceHandle;
import org.omg.dds.core.Time;

/** TODO */
public interface Sample<TYPE> extends Cloneable, Serializable, DDSObject {

    /** TODO */
    TYPE getData();

    /** TODO */
    SampleState getSampleState();

    /** TODO */
    ViewState getViewState();

    /** TODO */
    InstanceState getInstanceState();

    /** TODO */
    Time getSourceTimestamp();

    /** TODO */
    ModifiableInstanceHandle getInstanceHandle();

    /** TODO */
    ModifiableInstanceHandle getPublicationHandle();

    /** TODO */
    int getDisposedGenerationCount();

    /** TODO */
    int getNoWritersGenerationCount();

    /** TODO */
    int getSampleRank();

    /** TODO */
    int getGenerationRank();

    /** TODO */
    int getAbsoluteGenerationRank();

    /** TODO */
    Sample<TYPE> clone();

    /** TODO */
    public interface Iterator<IT_DATA> extends Closeable, ListIterator<Sample<IT_DATA>> {

        /** TODO */
        void close() throws IOException;

        /** TODO */
        void remove();

        /** TODO */
        void set(Sample<IT_DATA> sample);

        /** TODO */
        void add(Sample<IT_DATA> sample);
    }
}
