package org.omg.dds.topic;

import java.util.List;

/** TODO */
public interface ContentFilteredTopic<TYPE> extends TopicDescription<TYPE> {

    /** TODO */
    String getFilterExpression();

    /** TODO */
    List<String> getExpressionParameters();

    /** TODO */
    void setExpressionParameters(List<String> list);

    /** TODO (OpenSplice addition) */
    void setExpressionParameters(String... expressionParameters);

    /** TODO */
    Topic<? extends TYPE> getRelatedTopic();
}
