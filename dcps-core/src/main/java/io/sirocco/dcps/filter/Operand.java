package io.sirocco.dcps.filter;

/** One side of a predicate: a field path, a literal or a {@code %n} parameter. */
sealed interface Operand permits FieldOperand, LiteralOperand, ParameterOperand {

    /** Offset of the operand's first character in the expression. */
    int position();

    void render(StringBuilder out);
}
