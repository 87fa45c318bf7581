/**
 * Type support: how Java classes become DDS types. {@link io.sirocco.dcps.type.TypeCodec} is the
 * contract every data type meets; {@link io.sirocco.dcps.type.TypeCodecs#forClass} finds the codec of
 * a class (built-in, IDL-generated {@code <Type>Codec}, reflective XCDR {@code PojoCodec}, or Kryo);
 * {@link io.sirocco.dcps.type.SiroccoTypeSupport} is the OMG {@code TypeSupport} on top of it.
 *
 * <p>Sub-packages: {@code cdr} (the XCDR1/XCDR2 byte streams), {@code pojo} (XCDR by reflection and
 * generated classes), {@code kryo} (Sirocco-only representation for everything else), {@code builtin}
 * ({@code DDS::KeyedString}, {@code DDS::KeyedBytes}).
 */
package io.sirocco.dcps.type;
