package io.sirocco.benchmarks;

import org.omg.dds.type.Key;

/** A keyed sample of 64 bytes of payload fields (plus the key), as in the DCPS performance goal. */
public class KeyedSample {
    @Key
    public int id;
    public int sequence;
    public long timestamp;
    public double x;
    public double y;
    public double z;
    public double speed;
    public double heading;
    public long flags;
}
