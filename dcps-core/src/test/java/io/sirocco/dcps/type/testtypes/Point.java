package io.sirocco.dcps.type.testtypes;

/** An unannotated nested struct (FINAL by default). */
public class Point {
    public double x;
    public double y;

    public Point() {
    }

    public Point(double x, double y) {
        this.x = x;
        this.y = y;
    }
}
