package org.omg.dds.topic;

import java.util.List;

/**
 * A topic description whose samples are built from those of several other topics, as an SQL-like
 * subscription expression describes: it selects fields, joins topics on common key fields and
 * filters the result. Readers created for it receive the combined samples. Multi-topics are an
 * optional part of DDS.
 *
 * @param <TYPE> the type of the combined samples
 * @see org.omg.dds.domain.DomainParticipant#createMultiTopic(String, Class, String, List)
 */
public interface MultiTopic<TYPE> extends TopicDescription<TYPE> {

    /** Returns the subscription expression given when the multi-topic was created. */
    String getSubscriptionExpression();

    /** Returns the current values of the {@code %n} placeholders of the subscription expression. */
    List<String> getExpressionParameters();

    /**
     * Replaces the values of the {@code %n} placeholders of the subscription expression.
     *
     * @throws IllegalArgumentException if the number of parameters does not suit the subscription
     *        expression
     */
    void setExpressionParameters(List<String> expressionParameters);

    /**
     * Varargs form of {@link #setExpressionParameters(List)}, kept for source compatibility with
     * OpenSplice's Java 5 API.
     */
    void setExpressionParameters(String... expressionParameters);
}
