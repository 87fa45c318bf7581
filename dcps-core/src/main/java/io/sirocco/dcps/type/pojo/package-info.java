/**
 * XCDR codecs for plain Java classes ({@link io.sirocco.dcps.type.pojo.PojoCodec}): the class is
 * analysed once by reflection; field access and, for final and appendable types without optional
 * members, the whole serializer are generated as hidden classes with the {@code java.lang.classfile}
 * API; mutable types, optional members and key operations are interpreted over the same member model.
 */
package io.sirocco.dcps.type.pojo;
