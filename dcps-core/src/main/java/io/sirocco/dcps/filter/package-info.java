/**
 * The DDS-SQL filter engine behind ContentFilteredTopic filter expressions and QueryCondition query
 * expressions.
 *
 * <p>An expression goes through three stages so that the costly work happens once:
 * <ol>
 *   <li>{@link io.sirocco.dcps.filter.FilterExpression#parse(String)} checks the syntax and builds a
 *       syntax tree; it knows nothing about sample types.</li>
 *   <li>{@link io.sirocco.dcps.filter.FilterExpression#bind(Class)} resolves every field path against
 *       a sample class, checks that each comparison is between compatible types and compiles the tree
 *       into small evaluation nodes backed by method handles.</li>
 *   <li>{@link io.sirocco.dcps.filter.SampleFilter#withParameters(java.util.List)} converts the
 *       {@code %n} parameter strings according to the fields they are compared with, giving an
 *       immutable, thread-safe {@link io.sirocco.dcps.filter.BoundFilter}.</li>
 * </ol>
 * A ContentFilteredTopic whose parameters change keeps its {@code SampleFilter} and only repeats the
 * last stage.
 *
 * <p>A predicate that reads through a {@code null} nested object, a {@code null} string or boxed
 * value, or an index beyond the end of an array or list is false; the logical operators then apply
 * ordinary two-valued logic, so {@code NOT (a.b = 1)} is true when {@code a} is {@code null}, while
 * the negated predicates {@code <>}, {@code NOT LIKE} and {@code NOT BETWEEN} are false.
 */
package io.sirocco.dcps.filter;
