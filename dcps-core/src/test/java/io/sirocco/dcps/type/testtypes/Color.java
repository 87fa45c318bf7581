package io.sirocco.dcps.type.testtypes;

/** A plain enum: wire values are ordinals. */
public enum Color {
    RED, GREEN, BLUE
}
