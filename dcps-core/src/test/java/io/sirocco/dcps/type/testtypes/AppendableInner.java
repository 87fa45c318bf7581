package io.sirocco.dcps.type.testtypes;

import org.omg.dds.type.Extensibility;

/** An appendable struct nested in others. */
@Extensibility(Extensibility.Kind.EXTENSIBLE_EXTENSIBILITY)
public class AppendableInner {
    public short s;
    public String text;
    public double d;
}
