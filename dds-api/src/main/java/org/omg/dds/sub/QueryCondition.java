package org.omg.dds.sub;

import java.util.List;

/**
 * A read condition that also filters samples on their content, using an SQL-like query expression
 * (the syntax of a {@code WHERE} clause) whose {@code %n} placeholders take the values of the query
 * parameters. The parameters can be changed later without creating a new condition.
 *
 * @param <TYPE> the type of the samples of the reader
 */
public interface QueryCondition<TYPE> extends ReadCondition<TYPE> {

    /** Returns the query expression given when the condition was created. */
    String getQueryExpression();

    /** Returns the current values of the {@code %n} placeholders of the query. */
    List<String> getQueryParameters();

    /**
     * Replaces the values of the {@code %n} placeholders of the query.
     *
     * @throws IllegalArgumentException if the number of parameters does not suit the query
     */
    void setQueryParameters(List<String> queryParameters);

    /**
     * Varargs form of {@link #setQueryParameters(List)}, kept for source compatibility with
     * OpenSplice's Java 5 API.
     */
    void setQueryParameters(String... queryParameters);
}
