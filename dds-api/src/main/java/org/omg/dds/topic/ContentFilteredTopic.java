package org.omg.dds.topic;

import java.util.List;

/**
 * A topic description that narrows a related topic down to the samples whose content satisfies a
 * filter expression: an SQL-like condition on the data fields (the syntax of a {@code WHERE}
 * clause) in which {@code %n} stands for the n-th (zero-based) expression parameter. Readers
 * created for it receive only matching samples; the parameters can be changed while they run.
 *
 * @param <TYPE> the type of the samples
 * @see org.omg.dds.domain.DomainParticipant#createContentFilteredTopic(String, Topic, String, List)
 */
public interface ContentFilteredTopic<TYPE> extends TopicDescription<TYPE> {

    /** Returns the filter expression given when the topic was created. */
    String getFilterExpression();

    /** Returns the current values of the {@code %n} placeholders of the filter expression. */
    List<String> getExpressionParameters();

    /**
     * Replaces the values of the {@code %n} placeholders of the filter expression.
     *
     * @throws IllegalArgumentException if the number of parameters does not suit the filter
     *        expression
     */
    void setExpressionParameters(List<String> expressionParameters);

    /**
     * Varargs form of {@link #setExpressionParameters(List)}, kept for source compatibility with
     * OpenSplice's Java 5 API.
     */
    void setExpressionParameters(String... expressionParameters);

    /** Returns the topic whose samples this topic filters. */
    Topic<? extends TYPE> getRelatedTopic();
}
