package io.sirocco.dcps.type.testtypes;

import java.util.ArrayList;
import java.util.List;
import org.omg.dds.type.Extensibility;
import org.omg.dds.type.ID;
import org.omg.dds.type.Optional;

/** A mutable struct nested in others. */
@Extensibility(Extensibility.Kind.MUTABLE_EXTENSIBILITY)
public class MutableInner {
    @ID(10)
    public int a;
    @Optional
    public String b;
    public List<Point> points = new ArrayList<>();
    public long big;
}
