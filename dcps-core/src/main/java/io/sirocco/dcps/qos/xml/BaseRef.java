package io.sirocco.dcps.qos.xml;

/**
 * A {@code base_name} reference as written, with where it was written, so that an unknown or cyclic
 * base is reported at the reference.
 *
 * @param id the referenced name: {@code Lib::Profile}, {@code Profile}, or for an entity QoS also
 *        {@code Lib::Profile::Name} or the name of a QoS element
 * @param location where the reference is written
 */
record BaseRef(String id, SourceLocation location) {
}
