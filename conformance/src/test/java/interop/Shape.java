package interop;

import java.util.ArrayList;
import java.util.List;
import org.omg.dds.type.Key;

/**
 * The Java side of {@code interop::Shape} (see {@code src/test/c/InteropShape.idl}): the package and
 * class name give the same IDL type name, and the field order the same final struct.
 */
public class Shape {
    @Key
    public String color = "";
    public int x;
    public int y;
    public byte[] payload = new byte[0];
    public Hue hue = Hue.RED;
    public Point origin = new Point();
    public List<String> tags = new ArrayList<>();

    public Shape() {
    }

    /**
     * A sample as the Cyclone peer writes them: payload byte i is (x + i) & 0xff, hue x % 3,
     * origin (x, 2x), tags ["t", "x" + x].
     */
    public static Shape of(String color, int x, int payloadSize) {
        Shape shape = new Shape();
        shape.color = color;
        shape.x = x;
        shape.y = -x;
        shape.payload = new byte[payloadSize];
        for (int i = 0; i < payloadSize; i++) {
            shape.payload[i] = (byte) (x + i);
        }
        shape.hue = Hue.values()[x % 3];
        shape.origin = new Point(x, 2 * x);
        shape.tags = new ArrayList<>(List.of("t", "x" + x));
        return shape;
    }

    /** Whether every field but the key is what {@link #of} would have made for this {@code x}. */
    public boolean intact() {
        for (int i = 0; i < payload.length; i++) {
            if (payload[i] != (byte) (x + i)) {
                return false;
            }
        }
        return hue == Hue.values()[Math.floorMod(x, 3)] && origin.x == x && origin.y == 2 * x
                && tags.equals(List.of("t", "x" + x));
    }

    @Override
    public String toString() {
        return "Shape(" + color + ", " + x + ", " + payload.length + " B)";
    }
}
