package io.sirocco.dcps.sub;

import io.sirocco.dcps.condition.AttachableCondition;
import io.sirocco.dcps.condition.WaitSetLinks;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.omg.dds.core.ServiceEnvironment;
import org.omg.dds.sub.DataReader;
import org.omg.dds.sub.InstanceState;
import org.omg.dds.sub.QueryCondition;
import org.omg.dds.sub.SampleState;
import org.omg.dds.sub.ViewState;

/**
 * A read condition (and, with a query, a query condition) of one reader: triggered while the
 * reader holds a sample in the selected states that satisfies the query.
 */
public final class SiroccoReadCondition<T> implements QueryCondition<T>, AttachableCondition {
    private final SiroccoDataReader<T> reader;
    private final SiroccoDataState states;
    private final WaitSetLinks links = new WaitSetLinks();
    private final String queryExpression;
    private volatile List<String> queryParameters;
    private volatile Predicate<Object> query;
    private volatile boolean closed;

    SiroccoReadCondition(SiroccoDataReader<T> reader, SiroccoDataState states, String queryExpression,
            List<String> queryParameters) {
        this.reader = reader;
        this.states = states.clone();
        this.queryExpression = queryExpression;
        this.queryParameters = queryParameters == null ? null : List.copyOf(queryParameters);
        this.query = queryExpression == null ? null : reader.compileQuery(queryExpression, this.queryParameters);
    }

    int sampleMask() {
        return states.sampleMask();
    }

    int viewMask() {
        return states.viewMask();
    }

    int instanceMask() {
        return states.instanceMask();
    }

    Predicate<Object> query() {
        return query;
    }

    @Override
    public boolean getTriggerValue() {
        return !closed && reader.anyMatching(states.sampleMask(), states.viewMask(), states.instanceMask(), query);
    }

    @Override
    public Set<SampleState> getSampleStates() {
        return states.getSampleStates();
    }

    @Override
    public Set<ViewState> getViewStates() {
        return states.getViewStates();
    }

    @Override
    public Set<InstanceState> getInstanceStates() {
        return states.getInstanceStates();
    }

    @Override
    public DataReader<T> getParent() {
        return reader;
    }

    @Override
    public String getQueryExpression() {
        return queryExpression;
    }

    @Override
    public List<String> getQueryParameters() {
        return queryParameters == null ? List.of() : queryParameters;
    }

    @Override
    public void setQueryParameters(List<String> parameters) {
        if (queryExpression == null) {
            throw new UnsupportedOperationException("a read condition has no query parameters");
        }
        if (parameters == null) {
            throw new IllegalArgumentException("queryParameters must not be null");
        }
        List<String> copy = List.copyOf(parameters);
        this.query = reader.compileQuery(queryExpression, copy);
        this.queryParameters = copy;
        links.signal();
    }

    @Override
    public void setQueryParameters(String... parameters) {
        if (parameters == null) {
            throw new IllegalArgumentException("queryParameters must not be null");
        }
        setQueryParameters(List.of(parameters));
    }

    @Override
    public void close() {
        if (!closed) {
            closed = true;
            links.detachAll(this);
            reader.conditionClosed(this);
        }
    }

    boolean isClosed() {
        return closed;
    }

    @Override
    public WaitSetLinks waitSetLinks() {
        return links;
    }

    @Override
    public ServiceEnvironment getEnvironment() {
        return reader.getEnvironment();
    }

    @Override
    public String toString() {
        return (queryExpression == null ? "ReadCondition" : "QueryCondition[" + queryExpression + "]") + states;
    }
}
