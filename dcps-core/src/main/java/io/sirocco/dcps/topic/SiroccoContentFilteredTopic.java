package io.sirocco.dcps.topic;

import io.sirocco.dcps.domain.SiroccoParticipant;
import io.sirocco.dcps.error.EntityClosedException;
import io.sirocco.dcps.error.PreconditionFailedException;
import io.sirocco.dcps.filter.FilterExpression;
import io.sirocco.dcps.filter.SampleFilter;
import io.sirocco.dcps.sub.SiroccoDataReader;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import org.omg.dds.core.ServiceEnvironment;
import org.omg.dds.domain.DomainParticipant;
import org.omg.dds.topic.ContentFilteredTopic;
import org.omg.dds.topic.Topic;
import org.omg.dds.topic.TopicDescription;
import org.omg.dds.type.TypeSupport;

/**
 * A topic seen through a DDS-SQL filter: readers created on it store only samples that pass. The
 * filter is compiled once against the type; changing its parameters re-binds it and applies to
 * samples that arrive afterwards.
 */
public final class SiroccoContentFilteredTopic<T> implements ContentFilteredTopic<T>, TopicView<T> {
    private final SiroccoParticipant participant;
    private final String name;
    private final SiroccoTopic<T> related;
    private final String filterExpression;
    private final SampleFilter<T> compiled;
    private final CopyOnWriteArrayList<SiroccoDataReader<T>> readers = new CopyOnWriteArrayList<>();
    private volatile List<String> parameters;
    private volatile Predicate<T> filter;
    private volatile boolean closed;

    public SiroccoContentFilteredTopic(SiroccoParticipant participant, String name, SiroccoTopic<T> related,
            String filterExpression, List<String> parameters) {
        if (filterExpression == null) {
            throw new IllegalArgumentException("filterExpression must not be null");
        }
        this.participant = participant;
        this.name = name;
        this.related = related;
        this.filterExpression = filterExpression;
        FilterExpression expression = filterExpression.isBlank() ? FilterExpression.matchAll()
                : FilterExpression.parse(filterExpression);
        this.compiled = expression.bind(related.codec().type());
        bind(parameters == null ? List.of() : parameters);
        related.addDependent();
    }

    private void bind(List<String> newParameters) {
        List<String> copy = List.copyOf(newParameters);
        Predicate<T> bound = compiled.expression().isMatchAll() ? null : compiled.withParameters(copy);
        this.parameters = copy;
        this.filter = bound;
    }

    @Override
    public SiroccoTopic<T> topic() {
        return related;
    }

    @Override
    public Predicate<T> filter() {
        return filter;
    }

    @Override
    public SiroccoParticipant participant() {
        return participant;
    }

    @Override
    public void readerCreated(SiroccoDataReader<T> reader) {
        checkOpen();
        readers.add(reader);
        related.addDependent();
    }

    @Override
    public void readerClosed(SiroccoDataReader<?> reader) {
        if (readers.remove(reader)) {
            related.removeDependent();
        }
    }

    @Override
    public String getFilterExpression() {
        return filterExpression;
    }

    @Override
    public List<String> getExpressionParameters() {
        return parameters;
    }

    @Override
    public void setExpressionParameters(List<String> expressionParameters) {
        checkOpen();
        if (expressionParameters == null) {
            throw new IllegalArgumentException("expressionParameters must not be null");
        }
        bind(expressionParameters);
        for (SiroccoDataReader<T> reader : readers) {
            reader.contentFilterChanged(filter);
        }
    }

    @Override
    public void setExpressionParameters(String... expressionParameters) {
        if (expressionParameters == null) {
            throw new IllegalArgumentException("expressionParameters must not be null");
        }
        setExpressionParameters(List.of(expressionParameters));
    }

    @Override
    public Topic<? extends T> getRelatedTopic() {
        return related;
    }

    @Override
    public TypeSupport<T> getTypeSupport() {
        return related.getTypeSupport();
    }

    @Override
    @SuppressWarnings("unchecked")
    public <OTHER> TopicDescription<OTHER> cast() {
        return (TopicDescription<OTHER>) this;
    }

    @Override
    public String getTypeName() {
        return related.getTypeName();
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public DomainParticipant getParent() {
        return participant;
    }

    /**
     * @throws PreconditionFailedException while a reader uses this content-filtered topic
     */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        if (!readers.isEmpty()) {
            throw new PreconditionFailedException(participant.environment(), "cannot close the content-filtered topic \""
                    + name + "\": " + readers.size() + " data reader(s) still use it");
        }
        closed = true;
        related.removeDependent();
        participant.contentFilteredTopicClosed(this);
    }

    public boolean isClosed() {
        return closed;
    }

    private void checkOpen() {
        if (closed) {
            throw new EntityClosedException(participant.environment(), "the content-filtered topic \"" + name
                    + "\" is closed");
        }
    }

    @Override
    public ServiceEnvironment getEnvironment() {
        return participant.environment();
    }

    @Override
    public String toString() {
        return "ContentFilteredTopic \"" + name + "\" on " + related.getName() + " where " + filterExpression;
    }
}
