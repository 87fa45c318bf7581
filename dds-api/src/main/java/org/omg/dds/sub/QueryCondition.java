package org.omg.dds.sub;

import java.util.List;

/** TODO */
public interface QueryCondition<TYPE> extends ReadCondition<TYPE> {

    /** TODO */
    String getQueryExpression();

    /** TODO */
    List<String> getQueryParameters();

    /** TODO */
    void setQueryParameters(List<String> list);

    /** TODO (OpenSplice addition) */
    void setQueryParameters(String... queryParameters);
}
