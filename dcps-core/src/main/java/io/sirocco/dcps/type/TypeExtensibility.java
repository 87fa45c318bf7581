package io.sirocco.dcps.type;

/** DDS-XTypes type extensibility, which decides the XCDR framing of a type. */
public enum TypeExtensibility {
    FINAL,
    APPENDABLE,
    MUTABLE
}
