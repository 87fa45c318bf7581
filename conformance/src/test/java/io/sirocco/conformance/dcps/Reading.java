package io.sirocco.conformance.dcps;

/** A keyless sample type: every sample of a topic of this type belongs to the one instance. */
public class Reading {
    public int value;
    public String unit = "";

    public Reading() {
    }

    public Reading(int value) {
        this.value = value;
        this.unit = "C";
    }

    @Override
    public String toString() {
        return "Reading(" + value + " " + unit + ")";
    }
}
