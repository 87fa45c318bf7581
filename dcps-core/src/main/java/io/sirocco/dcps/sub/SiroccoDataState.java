package io.sirocco.dcps.sub;

import java.util.EnumSet;
import java.util.Set;
import org.omg.dds.core.ServiceEnvironment;
import org.omg.dds.sub.InstanceState;
import org.omg.dds.sub.SampleState;
import org.omg.dds.sub.Subscriber;
import org.omg.dds.sub.ViewState;

/**
 * A set of sample, view and instance states, kept as three bit masks using the states' DCPS
 * values. A category with no state selected means "any state", so {@code createDataState()}
 * followed by nothing selects every sample. The {@code with...} methods change this object and
 * return it, for chaining.
 */
public final class SiroccoDataState implements Subscriber.DataState {
    private static final long serialVersionUID = 1L;
    /** The masks meaning "any": every bit of the category. */
    public static final int ANY_SAMPLE = SampleState.READ.value | SampleState.NOT_READ.value;
    public static final int ANY_VIEW = ViewState.NEW.value | ViewState.NOT_NEW.value;
    public static final int ANY_INSTANCE = InstanceState.ALIVE.value | InstanceState.NOT_ALIVE_DISPOSED.value
            | InstanceState.NOT_ALIVE_NO_WRITERS.value;

    private final transient ServiceEnvironment environment;
    private int sampleStates;
    private int viewStates;
    private int instanceStates;

    public SiroccoDataState(ServiceEnvironment environment) {
        this.environment = environment;
    }

    /** A data state selecting everything. */
    public static SiroccoDataState any(ServiceEnvironment environment) {
        SiroccoDataState state = new SiroccoDataState(environment);
        state.sampleStates = ANY_SAMPLE;
        state.viewStates = ANY_VIEW;
        state.instanceStates = ANY_INSTANCE;
        return state;
    }

    /** The sample-state mask, "any" when none was selected. */
    public int sampleMask() {
        return sampleStates == 0 ? ANY_SAMPLE : sampleStates;
    }

    public int viewMask() {
        return viewStates == 0 ? ANY_VIEW : viewStates;
    }

    public int instanceMask() {
        return instanceStates == 0 ? ANY_INSTANCE : instanceStates;
    }

    /** The masks of any Subscriber.DataState, Sirocco's or not. */
    public static SiroccoDataState of(ServiceEnvironment environment, Subscriber.DataState state) {
        if (state == null) {
            throw new IllegalArgumentException("dataState must not be null");
        }
        if (state instanceof SiroccoDataState own) {
            return own;
        }
        SiroccoDataState copy = new SiroccoDataState(environment);
        state.getSampleStates().forEach(copy::with);
        state.getViewStates().forEach(copy::with);
        state.getInstanceStates().forEach(copy::with);
        return copy;
    }

    @Override
    public Set<SampleState> getSampleStates() {
        EnumSet<SampleState> states = EnumSet.noneOf(SampleState.class);
        for (SampleState s : SampleState.values()) {
            if ((sampleMask() & s.value) != 0) {
                states.add(s);
            }
        }
        return states;
    }

    @Override
    public Set<ViewState> getViewStates() {
        EnumSet<ViewState> states = EnumSet.noneOf(ViewState.class);
        for (ViewState s : ViewState.values()) {
            if ((viewMask() & s.value) != 0) {
                states.add(s);
            }
        }
        return states;
    }

    @Override
    public Set<InstanceState> getInstanceStates() {
        EnumSet<InstanceState> states = EnumSet.noneOf(InstanceState.class);
        for (InstanceState s : InstanceState.values()) {
            if ((instanceMask() & s.value) != 0) {
                states.add(s);
            }
        }
        return states;
    }

    @Override
    public Subscriber.DataState with(SampleState state) {
        sampleStates |= require(state, "state").value;
        return this;
    }

    @Override
    public Subscriber.DataState with(ViewState state) {
        viewStates |= require(state, "state").value;
        return this;
    }

    @Override
    public Subscriber.DataState with(InstanceState state) {
        instanceStates |= require(state, "state").value;
        return this;
    }

    private static <S> S require(S value, String name) {
        if (value == null) {
            throw new IllegalArgumentException(name + " must not be null");
        }
        return value;
    }

    @Override
    public Subscriber.DataState withAnySampleState() {
        sampleStates = ANY_SAMPLE;
        return this;
    }

    @Override
    public Subscriber.DataState withAnyViewState() {
        viewStates = ANY_VIEW;
        return this;
    }

    @Override
    public Subscriber.DataState withAnyInstanceState() {
        instanceStates = ANY_INSTANCE;
        return this;
    }

    @Override
    public Subscriber.DataState withNotAliveInstanceStates() {
        instanceStates |= InstanceState.NOT_ALIVE_DISPOSED.value | InstanceState.NOT_ALIVE_NO_WRITERS.value;
        return this;
    }

    @Override
    public SiroccoDataState clone() {
        SiroccoDataState copy = new SiroccoDataState(environment);
        copy.sampleStates = sampleStates;
        copy.viewStates = viewStates;
        copy.instanceStates = instanceStates;
        return copy;
    }

    @Override
    public ServiceEnvironment getEnvironment() {
        return environment;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SiroccoDataState s && s.sampleMask() == sampleMask() && s.viewMask() == viewMask()
                && s.instanceMask() == instanceMask();
    }

    @Override
    public int hashCode() {
        return (sampleMask() * 31 + viewMask()) * 31 + instanceMask();
    }

    @Override
    public String toString() {
        return "DataState" + getSampleStates() + getViewStates() + getInstanceStates();
    }
}
