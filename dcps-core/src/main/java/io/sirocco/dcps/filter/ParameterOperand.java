package io.sirocco.dcps.filter;

/** A {@code %n} placeholder whose value is supplied separately as a string. */
record ParameterOperand(int index, int position) implements Operand {

    String name() {
        return "%" + index;
    }

    @Override
    public void render(StringBuilder out) {
        out.append('%').append(index);
    }
}
