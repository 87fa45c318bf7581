package io.sirocco.dcps.sub;

import io.sirocco.dcps.core.ModifiableLongInstanceHandle;
import io.sirocco.dcps.core.ModifiableNanoTime;
import io.sirocco.dcps.type.TypeCodec;
import org.omg.dds.core.ModifiableInstanceHandle;
import org.omg.dds.core.ServiceEnvironment;
import org.omg.dds.core.Time;
import org.omg.dds.sub.InstanceState;
import org.omg.dds.sub.Sample;
import org.omg.dds.sub.SampleState;
import org.omg.dds.sub.ViewState;

/**
 * A pooled sample of a reader: the data object (reused from sample to sample) and its meta data.
 * While in the cache it sits on two intrusive lists (arrival order, and its instance's); while
 * loaned out the application reads it; it returns to the pool when it is neither cached nor loaned.
 * States and ranks are snapshots taken when a read or take returned it.
 */
public final class SampleSlot<T> implements Sample<T> {
    private static final long serialVersionUID = 1L;

    private final transient ServiceEnvironment environment;
    final transient TypeCodec<T> codec;
    T data;
    boolean valid;
    boolean read;
    final ModifiableNanoTime sourceTimestamp;
    final ModifiableLongInstanceHandle instanceHandle;
    final ModifiableLongInstanceHandle publicationHandle;
    int disposedGeneration;
    int noWritersGeneration;
    long expiryNanoTime = Long.MAX_VALUE;

    SampleState sampleState = SampleState.NOT_READ;
    ViewState viewState = ViewState.NEW;
    InstanceState instanceState = InstanceState.ALIVE;
    int sampleRank;
    int generationRank;
    int absoluteGenerationRank;

    transient ReaderInstance<T> instance;
    transient SampleSlot<T> previous;
    transient SampleSlot<T> next;
    transient SampleSlot<T> previousInInstance;
    transient SampleSlot<T> nextInInstance;
    transient boolean inCache;
    transient int loans;
    /** Set on copies made for the application (clone, read into a list): they belong to it. */
    final transient boolean detached;

    SampleSlot(ServiceEnvironment environment, TypeCodec<T> codec, boolean detached) {
        this.environment = environment;
        this.codec = codec;
        this.data = codec.newSample(environment);
        this.sourceTimestamp = new ModifiableNanoTime(environment, 0);
        this.instanceHandle = new ModifiableLongInstanceHandle(environment, 0);
        this.publicationHandle = new ModifiableLongInstanceHandle(environment, 0);
        this.detached = detached;
    }

    @Override
    public T getData() {
        return valid ? data : null;
    }

    /** The sample's data whether valid or not (an invalid sample still holds the key). */
    T dataOrKey() {
        return data;
    }

    @Override
    public SampleState getSampleState() {
        return sampleState;
    }

    @Override
    public ViewState getViewState() {
        return viewState;
    }

    @Override
    public InstanceState getInstanceState() {
        return instanceState;
    }

    @Override
    public Time getSourceTimestamp() {
        return sourceTimestamp;
    }

    @Override
    public ModifiableInstanceHandle getInstanceHandle() {
        return instanceHandle;
    }

    @Override
    public ModifiableInstanceHandle getPublicationHandle() {
        return publicationHandle;
    }

    @Override
    public int getDisposedGenerationCount() {
        return disposedGeneration;
    }

    @Override
    public int getNoWritersGenerationCount() {
        return noWritersGeneration;
    }

    @Override
    public int getSampleRank() {
        return sampleRank;
    }

    @Override
    public int getGenerationRank() {
        return generationRank;
    }

    @Override
    public int getAbsoluteGenerationRank() {
        return absoluteGenerationRank;
    }

    /** A copy that belongs to the application and stays valid after the loan is returned. */
    @Override
    public SampleSlot<T> clone() {
        SampleSlot<T> copy = new SampleSlot<>(environment, codec, true);
        copy.copyFrom(this);
        return copy;
    }

    /** Copies data, meta data and the read-time snapshot of {@code source} into this sample. */
    void copyFrom(SampleSlot<T> source) {
        codec.copy(source.data, data);
        valid = source.valid;
        read = source.read;
        sourceTimestamp.setNanos(source.sourceTimestamp.nanos());
        instanceHandle.setValue(source.instanceHandle.value());
        publicationHandle.setValue(source.publicationHandle.value());
        disposedGeneration = source.disposedGeneration;
        noWritersGeneration = source.noWritersGeneration;
        sampleState = source.sampleState;
        viewState = source.viewState;
        instanceState = source.instanceState;
        sampleRank = source.sampleRank;
        generationRank = source.generationRank;
        absoluteGenerationRank = source.absoluteGenerationRank;
    }

    @Override
    public ServiceEnvironment getEnvironment() {
        return environment;
    }

    @Override
    public String toString() {
        return "Sample[" + (valid ? String.valueOf(data) : "invalid") + ", " + sampleState + ", " + viewState
                + ", " + instanceState + ", instance " + instanceHandle.value() + "]";
    }
}
