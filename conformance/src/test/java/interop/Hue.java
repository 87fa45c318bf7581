package interop;

/** {@code interop::Hue}. */
public enum Hue {
    RED, GREEN, BLUE
}
