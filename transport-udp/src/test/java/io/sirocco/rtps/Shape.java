package io.sirocco.rtps;

import org.omg.dds.type.Key;

/** A keyed sample type for the transport tests. */
public class Shape {
    @Key
    public String color = "";
    public int x;
    public int y;
    public byte[] payload = new byte[0];

    public Shape() {
    }

    public Shape(String color, int x) {
        this.color = color;
        this.x = x;
    }
}
