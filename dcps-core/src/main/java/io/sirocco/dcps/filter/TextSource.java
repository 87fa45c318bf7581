package io.sirocco.dcps.filter;

/**
 * Either side of a text comparison or LIKE: a field read as text, or a constant. Returning
 * {@code null} means the value is missing, which makes the predicate false.
 */
@FunctionalInterface
interface TextSource {

    CharSequence text(Object sample);

    static TextSource constant(String value) {
        return sample -> value;
    }
}
