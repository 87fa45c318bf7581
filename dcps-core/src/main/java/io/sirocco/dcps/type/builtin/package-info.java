/**
 * The DDS built-in types {@code DDS::KeyedString} and {@code DDS::KeyedBytes}: Sirocco's sample
 * classes and their XCDR codecs.
 */
package io.sirocco.dcps.type.builtin;
