package org.omg.dds.topic;

import java.util.List;

/** TODO */
public interface MultiTopic<TYPE> extends TopicDescription<TYPE> {

    /** TODO */
    String getSubscriptionExpression();

    /** TODO */
    List<String> getExpressionParameters();

    /** TODO */
    void setExpressionParameters(List<String> list);

    /** TODO (OpenSplice addition) */
    void setExpressionParameters(String... expressionParameters);
}
