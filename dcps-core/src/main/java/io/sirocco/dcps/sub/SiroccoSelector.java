package io.sirocco.dcps.sub;

import io.sirocco.dcps.core.Handles;
import io.sirocco.dcps.core.LongInstanceHandle;
import java.util.List;
import java.util.function.Predicate;
import org.omg.dds.core.InstanceHandle;
import org.omg.dds.core.ServiceEnvironment;
import org.omg.dds.core.policy.ResourceLimits;
import org.omg.dds.sub.DataReader;
import org.omg.dds.sub.ReadCondition;
import org.omg.dds.sub.Sample;
import org.omg.dds.sub.Subscriber;

/**
 * What one read or take should return: an instance (or the next instance after a handle), sample
 * states, a content query and a maximum number of samples. Setters change this selector and
 * return it, so calls chain: {@code reader.select().instance(h).dataState(s).take()}.
 */
public final class SiroccoSelector<T> implements DataReader.Selector<T> {
    private final SiroccoDataReader<T> reader;
    private long instance = Handles.NIL;
    private boolean nextInstance;
    private SiroccoDataState dataState;
    private String queryExpression;
    private List<String> queryParameters = List.of();
    private Predicate<Object> query;
    private int maxSamples = ResourceLimits.LENGTH_UNLIMITED;
    private ReadCondition<T> condition;

    SiroccoSelector(SiroccoDataReader<T> reader) {
        this.reader = reader;
        this.dataState = SiroccoDataState.any(reader.getEnvironment());
    }

    @Override
    public DataReader.Selector<T> instance(InstanceHandle handle) {
        this.instance = handle == null || handle.isNil() ? Handles.NIL : Handles.valueOf(handle, "handle");
        this.condition = null;
        return this;
    }

    @Override
    public DataReader.Selector<T> nextInstance(boolean retrieveNextInstance) {
        this.nextInstance = retrieveNextInstance;
        return this;
    }

    @Override
    public DataReader.Selector<T> dataState(Subscriber.DataState state) {
        this.dataState = SiroccoDataState.of(reader.getEnvironment(), state).clone();
        this.condition = null;
        return this;
    }

    @Override
    public DataReader.Selector<T> Content(String expression, List<String> parameters) {
        if (expression == null || expression.isBlank()) {
            this.queryExpression = null;
            this.query = null;
            this.queryParameters = List.of();
        } else {
            List<String> copy = parameters == null ? List.of() : List.copyOf(parameters);
            this.query = reader.compileQuery(expression, copy);
            this.queryExpression = expression;
            this.queryParameters = copy;
        }
        this.condition = null;
        return this;
    }

    @Override
    public DataReader.Selector<T> Content(String expression, String... parameters) {
        return Content(expression, parameters == null ? List.of() : List.of(parameters));
    }

    @Override
    public DataReader.Selector<T> maxSamples(int max) {
        if (max < 0 && max != ResourceLimits.LENGTH_UNLIMITED) {
            throw new IllegalArgumentException("maxSamples must be positive or LENGTH_UNLIMITED, got " + max);
        }
        this.maxSamples = max;
        return this;
    }

    @Override
    public InstanceHandle getInstance() {
        return new LongInstanceHandle(reader.getEnvironment(), instance);
    }

    @Override
    public boolean retrieveNextInstance() {
        return nextInstance;
    }

    @Override
    public Subscriber.DataState getDataState() {
        return dataState.clone();
    }

    @Override
    public String getQueryExpression() {
        return queryExpression;
    }

    @Override
    public List<String> getQueryParameters() {
        return queryParameters;
    }

    @Override
    public int getMaxSamples() {
        return maxSamples;
    }

    /** A read or query condition with this selector's states and query. */
    @Override
    public ReadCondition<T> getCondition() {
        if (condition == null) {
            condition = queryExpression == null ? reader.createReadCondition(dataState)
                    : reader.createQueryCondition(dataState, queryExpression, queryParameters);
        }
        return condition;
    }

    private int max() {
        return maxSamples == ResourceLimits.LENGTH_UNLIMITED ? Integer.MAX_VALUE : maxSamples;
    }

    @Override
    public Sample.Iterator<T> read() {
        return reader.loan(max(), dataState, query, instance, nextInstance, false);
    }

    @Override
    public List<Sample<T>> read(List<Sample<T>> samples) {
        return reader.copy(samples, max(), dataState, query, instance, nextInstance, false);
    }

    @Override
    public Sample.Iterator<T> take() {
        return reader.loan(max(), dataState, query, instance, nextInstance, true);
    }

    @Override
    public List<Sample<T>> take(List<Sample<T>> samples) {
        return reader.copy(samples, max(), dataState, query, instance, nextInstance, true);
    }

    @Override
    public ServiceEnvironment getEnvironment() {
        return reader.getEnvironment();
    }
}
