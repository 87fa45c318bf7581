package io.sirocco.dcps.filter;

/**
 * A literal or parameter already converted for the field it is compared with: the variant decides
 * which comparison node is built (an integer constant against a float field becomes
 * {@link Floating}, an enum name becomes the constant's {@link Integral} code, and so on).
 */
sealed interface Constant {

    record Integral(long value) implements Constant {
    }

    record Floating(double value) implements Constant {
    }

    record Text(String value) implements Constant {
    }

    record Logical(boolean value) implements Constant {
    }
}
