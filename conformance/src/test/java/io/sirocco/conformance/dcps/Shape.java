package io.sirocco.conformance.dcps;

import org.omg.dds.type.Key;

/** The sample type most tests use: a keyed shape, as in the DDS interoperability demos. */
public class Shape {
    @Key
    public String color = "";
    public int x;
    public int y;
    public int size;

    public Shape() {
    }

    public Shape(String color, int x, int y, int size) {
        this.color = color;
        this.x = x;
        this.y = y;
        this.size = size;
    }

    public static Shape of(String color, int x) {
        return new Shape(color, x, 0, 10);
    }

    @Override
    public String toString() {
        return "Shape(" + color + ", " + x + ", " + y + ", " + size + ")";
    }
}
