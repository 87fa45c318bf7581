package io.sirocco.idl.model;

/** DDS-XTypes extensibility of a struct or union. */
public enum Extensibility {
    FINAL,
    APPENDABLE,
    MUTABLE
}
