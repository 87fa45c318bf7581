package io.sirocco.dcps.type.testtypes;

/** Shaped like an IDL-generated enum: explicit values through value() and from_int(). */
public enum IdlColor {
    CYAN(10), MAGENTA(20), YELLOW(30);

    public static final int _CYAN = 10;
    public static final int _MAGENTA = 20;
    public static final int _YELLOW = 30;

    private final int value;

    IdlColor(int value) {
        this.value = value;
    }

    public int value() {
        return value;
    }

    public static IdlColor from_int(int v) {
        for (IdlColor c : values()) {
            if (c.value == v) {
                return c;
            }
        }
        throw new IllegalArgumentException("no IdlColor " + v);
    }
}
