package io.sirocco.stores.sst;

/** One condition-and-action over the table, evaluated on every pass of the predicate thread. */
@FunctionalInterface
public interface SstPredicate {

    /** Evaluates the condition, acts on everything it finds, and returns how much work it did. */
    int poll();
}
