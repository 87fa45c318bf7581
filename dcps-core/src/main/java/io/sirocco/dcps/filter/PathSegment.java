package io.sirocco.dcps.filter;

/**
 * One step of a field path: a member name ({@code position} in {@code position.x}) or, when
 * {@code name} is {@code null}, an element index ({@code [2]}).
 */
record PathSegment(String name, int index, int position) {

    static PathSegment member(String name, int position) {
        return new PathSegment(name, -1, position);
    }

    static PathSegment element(int index, int position) {
        return new PathSegment(null, index, position);
    }

    boolean isIndex() {
        return name == null;
    }
}
