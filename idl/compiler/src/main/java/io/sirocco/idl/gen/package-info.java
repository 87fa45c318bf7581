/**
 * The Java generator: classes for structs, unions, enums, bitmasks and constants in the shape
 * OpenSplice's Java 5 mapping gives them, and per struct and union a {@code <Name>Codec} implementing
 * {@code io.sirocco.dcps.type.TypeCodec} with straight-line XCDR1/XCDR2 code.
 */
package io.sirocco.idl.gen;
