package io.sirocco.dcps.filter;

import java.util.List;

/**
 * A field path such as {@code position.x} or {@code corners[2].y}. A lone identifier may also turn out
 * to be an enumerated value once the other side of the comparison is known to be an enum field.
 */
record FieldOperand(String text, List<PathSegment> segments, int position) implements Operand {

    FieldOperand {
        segments = List.copyOf(segments);
    }

    /** Whether the path is a single identifier without dots or indexes. */
    boolean isSimpleName() {
        return segments.size() == 1 && !segments.get(0).isIndex();
    }

    @Override
    public void render(StringBuilder out) {
        out.append(text);
    }
}
