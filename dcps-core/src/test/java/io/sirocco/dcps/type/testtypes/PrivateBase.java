package io.sirocco.dcps.type.testtypes;

/** A superclass in another package with private state: its fields need their own accessor. */
public class PrivateBase {
    private int hidden = 5;
    protected String shared = "base";

    public int hidden() {
        return hidden;
    }

    public void hidden(int value) {
        hidden = value;
    }
}
