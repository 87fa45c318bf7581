package io.sirocco.conformance.dcps;

import org.omg.dds.type.Key;

/** A sample type keyed by a {@code long}, for key values beyond the range of an int. */
public class Sensor {
    @Key
    public long id;
    public double value;

    public Sensor() {
    }

    public Sensor(long id, double value) {
        this.id = id;
        this.value = value;
    }

    @Override
    public String toString() {
        return "Sensor(" + id + ", " + value + ")";
    }
}
